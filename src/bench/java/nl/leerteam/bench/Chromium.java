package nl.leerteam.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Path;
import java.util.List;

/** The system Chromium, headless, as the browser tests start it; it inherits the load core. */
final class Chromium implements AutoCloseable {

    private final Playwright playwright = Playwright.create();
    final Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(Path.of(System.getProperty("chromium.path", "/usr/bin/chromium")))
            .setHeadless(true)
            .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run",
                    // thirty windows in the background must not be throttled like hidden tabs
                    "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                    "--disable-backgrounding-occluded-windows")));

    /** A new context (empty cache, no cookies) with the person logged in through the development login. */
    static Page inloggen(BrowserContext context, String basis, String subject) {
        Page page = context.newPage();
        page.navigate(basis + "/login");
        page.locator("#dev-login-" + subject).click();
        page.locator("#welkom").waitFor();
        return page;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
