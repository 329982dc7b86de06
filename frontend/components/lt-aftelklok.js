// A round's countdown, ticking in the browser so the server pushes nothing every second.
// The server sets "resterend" (milliseconds left when it rendered); negative means over time.
class LtAftelklok extends HTMLElement {
  static get observedAttributes() {
    return ['resterend', 'gestopt'];
  }

  connectedCallback() {
    this.setAttribute('role', 'timer');
    this.start();
  }

  disconnectedCallback() {
    clearInterval(this.interval);
  }

  attributeChangedCallback() {
    if (this.isConnected) {
      this.start();
    }
  }

  start() {
    clearInterval(this.interval);
    this.einde = performance.now() + Number(this.getAttribute('resterend') || 0);
    this.toon();
    if (!this.hasAttribute('gestopt')) {
      this.interval = setInterval(() => this.toon(), 250);
    }
  }

  toon() {
    const seconden = Math.round((this.einde - performance.now()) / 1000);
    const over = Math.abs(seconden);
    const tekst = (seconden < 0 ? '−' : '') + Math.floor(over / 60) + ':' + String(over % 60).padStart(2, '0');
    if (this.textContent !== tekst) {
      this.textContent = tekst;
    }
    this.toggleAttribute('over-tijd', seconden < 0);
  }
}

customElements.define('lt-aftelklok', LtAftelklok);
