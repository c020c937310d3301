/*
 * Redress's Tasklist configuration (the documented place: this file replaces the webjar's own config.js).
 * Dates as staff in England read them ("4 January 2027"); Redress's additions to Tasklist are loaded as custom
 * scripts (Tasklist plugins), see redress-tasklist.js.
 */
export default {
  // moment.js formats used by Tasklist's dates and its date picker's text
  dateFormat: {
    monthName: 'MMMM',
    day: 'D',
    abbr: 'D MMM YYYY, HH:mm',
    normal: 'D MMMM YYYY, HH:mm',
    long: 'dddd D MMMM YYYY, HH:mm',
    short: 'D MMMM YYYY'
  },
  locales: {
    availableLocales: ['en'],
    fallbackLocale: 'en'
  },
  customScripts: ['scripts/redress-tasklist.js'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    }
  }
};
