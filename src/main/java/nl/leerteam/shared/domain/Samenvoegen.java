package nl.leerteam.shared.domain;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A three-way merge of a text, line by line, with java-diff-utils: what I changed and what someone else saved
 * meanwhile, both against the text we started from. Changes to different lines are both kept, also on neighbouring
 * lines; changes of the same lines, or two additions at one place, are a conflict, which the person resolves by
 * choosing, never the program.
 */
public final class Samenvoegen {

    private Samenvoegen() {
    }

    /** @return the merged text, or nothing when the two changes overlap */
    public static Optional<String> drieweg(String basis, String hun, String mijn) {
        String b = basis == null ? "" : basis;
        String h = hun == null ? "" : hun;
        String m = mijn == null ? "" : mijn;
        if (h.equals(b) || h.equals(m)) {
            return Optional.of(m);
        }
        if (m.equals(b)) {
            return Optional.of(h);
        }
        List<String> regels = regels(b);
        List<AbstractDelta<String>> vanHen = DiffUtils.diff(regels, regels(h)).getDeltas();
        List<AbstractDelta<String>> vanMij = DiffUtils.diff(regels, regels(m)).getDeltas();
        List<AbstractDelta<String>> alle = new ArrayList<>(vanHen);
        for (AbstractDelta<String> mijne : vanMij) {
            boolean dezelfde = false;
            for (AbstractDelta<String> hunne : vanHen) {
                if (zelfde(mijne, hunne)) {
                    dezelfde = true;
                } else if (raken(mijne.getSource(), hunne.getSource())) {
                    return Optional.empty();
                }
            }
            if (!dezelfde) {
                alle.add(mijne);
            }
        }
        List<String> uit = new ArrayList<>(regels);
        // from the end backwards, so earlier positions stay valid; at one position a replacement before an addition
        alle.sort(Comparator.comparingInt((AbstractDelta<String> d) -> d.getSource().getPosition())
                .thenComparingInt(d -> d.getSource().size()).reversed());
        for (AbstractDelta<String> d : alle) {
            int plek = d.getSource().getPosition();
            for (int i = 0; i < d.getSource().size(); i++) {
                uit.remove(plek);
            }
            uit.addAll(plek, d.getTarget().getLines());
        }
        return Optional.of(String.join("\n", uit));
    }

    private static List<String> regels(String tekst) {
        return Arrays.asList(tekst.split("\n", -1));
    }

    private static boolean zelfde(AbstractDelta<String> a, AbstractDelta<String> b) {
        return a.getSource().getPosition() == b.getSource().getPosition() && a.getSource().size() == b.getSource().size()
                && Objects.equals(a.getTarget().getLines(), b.getTarget().getLines());
    }

    /** Two changes of the same lines, an addition inside lines the other changed, or two additions at one place. */
    private static boolean raken(Chunk<String> a, Chunk<String> b) {
        int aBegin = a.getPosition();
        int aEind = aBegin + a.size();
        int bBegin = b.getPosition();
        int bEind = bBegin + b.size();
        if (a.size() == 0 && b.size() == 0) {
            return aBegin == bBegin;
        }
        if (a.size() == 0) {
            return bBegin < aBegin && aBegin < bEind;
        }
        if (b.size() == 0) {
            return aBegin < bBegin && bBegin < aEind;
        }
        return aBegin < bEind && bBegin < aEind;
    }
}
