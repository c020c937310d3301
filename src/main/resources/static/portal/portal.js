// GOV.UK Frontend's behaviour where JavaScript runs (an external file: the pages allow no inline script).
// Every page works without it.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled')
if ('noModule' in HTMLScriptElement.prototype) {
  document.body.classList.add('govuk-frontend-supported')
}
initAll()
