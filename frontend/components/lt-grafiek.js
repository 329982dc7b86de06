// A chart drawn by Chart.js from what the server sends as JSON in the attribute "gegevens": labels,
// series of values (null: not shown), an optional maximum and reference lines (the annotation
// plugin). The canvas is an image for screen readers with the server's one-line description; the
// same numbers are in the table beside it.
import { Chart, BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip } from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip,
  annotationPlugin);

// a line is told apart by its points' shape too, not by colour alone
const VORMEN = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'rectRounded', 'cross'];

class LtGrafiek extends HTMLElement {
  static get observedAttributes() {
    return ['gegevens'];
  }

  connectedCallback() {
    // Chart.js sizes the canvas to its parent: a block with the height the server gave
    this.style.display = 'block';
    this.style.position = 'relative';
    if (!this.canvas) {
      this.canvas = document.createElement('canvas');
      this.canvas.setAttribute('role', 'img');
      this.appendChild(this.canvas);
    }
    this.teken();
  }

  disconnectedCallback() {
    if (this.chart) {
      this.chart.destroy();
      this.chart = null;
    }
  }

  attributeChangedCallback() {
    if (this.isConnected) {
      this.teken();
    }
  }

  /** The chart as a PNG, for the export button. */
  png() {
    return this.chart ? this.chart.toBase64Image('image/png', 1) : '';
  }

  teken() {
    const tekst = this.getAttribute('gegevens');
    if (!tekst || !this.canvas) {
      return;
    }
    const g = JSON.parse(tekst);
    this.canvas.setAttribute('aria-label', g.beschrijving);
    const annotaties = {};
    (g.lijnen || []).forEach((lijn, i) => {
      annotaties['lijn' + i] = {
        type: 'line', yMin: lijn.waarde, yMax: lijn.waarde, borderColor: '#1a1a1a', borderWidth: 2,
        xMin: lijn.xMin === null ? undefined : lijn.xMin, xMax: lijn.xMax === null ? undefined : lijn.xMax,
        borderDash: i === 0 ? [] : [6, 4],
        label: { display: true, content: lijn.label, position: 'start', backgroundColor: 'rgba(255,255,255,0.85)', color: '#1a1a1a' }
      };
    });
    const lijn = g.soort === 'lijn';
    const gestapeld = !lijn && g.gestapeld !== false;
    const config = {
      type: lijn ? 'line' : 'bar',
      data: {
        labels: g.labels,
        datasets: g.reeksen.map((r, i) => lijn
          ? { label: r.label, data: r.waarden, borderColor: r.kleur, backgroundColor: r.kleur, pointStyle: VORMEN[i % VORMEN.length],
              pointRadius: 5, borderWidth: 2, spanGaps: false }
          : { label: r.label, data: r.waarden, backgroundColor: r.kleur, borderColor: '#ffffff', borderWidth: 1 })
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        responsive: true,
        scales: {
          x: { stacked: gestapeld },
          y: { stacked: gestapeld, beginAtZero: true, max: g.maximum || undefined, title: { display: !!g.eenheid, text: g.eenheid } }
        },
        plugins: {
          legend: { position: 'bottom', labels: { usePointStyle: lijn } },
          annotation: { annotations: annotaties }
        }
      }
    };
    if (this.chart) {
      this.chart.destroy();
    }
    this.chart = new Chart(this.canvas, config);
  }
}

customElements.define('lt-grafiek', LtGrafiek);
