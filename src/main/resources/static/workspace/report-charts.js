// Draws each report table marked data-chart-columns as a bar chart above it, from the table's own cells: the table
// stays the content (and what screen readers read); the chart is hidden from them as a picture of the same figures.
const colours = ['#1d70b8', '#00703c', '#f47738', '#d4351c', '#4c2c92', '#505a5f', '#912b88', '#28a197']

function number (text) {
  const value = parseFloat(text.replace('%', ''))
  return Number.isNaN(value) ? 0 : value
}

for (const holder of document.querySelectorAll('[data-chart-for]')) {
  const table = document.getElementById(holder.dataset.chartFor)
  const columns = (table.dataset.chartColumns || '').split(',').filter(Boolean).map(Number)
  const headings = [...table.tHead.rows[0].cells].map(cell => cell.textContent.trim())
  const rows = [...table.tBodies[0].rows]
  const canvas = document.createElement('canvas')
  canvas.setAttribute('aria-hidden', 'true')
  canvas.setAttribute('role', 'presentation')
  holder.appendChild(canvas)
  // eslint-disable-next-line no-undef
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map(row => row.cells[0].textContent.trim()),
      datasets: columns.map((column, i) => ({
        label: headings[column],
        data: rows.map(row => number(row.cells[column].textContent)),
        backgroundColor: colours[i % colours.length]
      }))
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: { x: { stacked: columns.length > 2 }, y: { stacked: columns.length > 2, beginAtZero: true } }
    }
  })
}
