// GOV.UK Frontend's behaviour (error summary focus, menu toggle...) where JavaScript runs; every page works without it
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js'

initAll()
