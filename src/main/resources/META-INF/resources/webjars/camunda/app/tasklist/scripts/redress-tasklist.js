/*
 * Redress's additions to Tasklist, through its documented extension points only (a custom script named in
 * config.js, whose default export is a list of Tasklist plugins):
 *  - each task card says when the task is due as a date ("Due 4 January 2027"), not only "in 3 days";
 *  - the assignee box offers the people of the task's team (a list the browser shows as you type), asked of
 *    Redress at /tasklist-team/{engine}/{task}, which answers only for a task the signed-in person may read;
 *    a name Tasklist will not accept is explained in words, not only by a red box.
 * Everything is written with textContent: names and dates are never read as HTML.
 */
const base = document.querySelector('base');
const appRoot = base.getAttribute('app-root'); // "/camunda" (or "/operaton")
const serverRoot = appRoot.replace(/\/[^/]*$/, '');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

/** "2027-01-04T23:59:59.000+0000" as "4 January 2027", in the councils' time zone. */
function inWords(due) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric'
  }).formatToParts(new Date(due.replace(/([+-]\d\d)(\d\d)$/, '$1:$2')));
  const part = type => parts.find(p => p.type === type).value;
  return `${Number(part('day'))} ${MONTHS[Number(part('month')) - 1]} ${part('year')}`;
}

// The date picker (follow-up dates) counts weeks from Monday, as calendars in England do. Custom scripts load
// before Tasklist starts, so a setting added to the picker's own module applies.
try {
  window.angular.module('ui.bootstrap.datepicker').config(['uibDatepickerConfig', config => {
    config.startingDay = 1;
  }]);
} catch (e) {
  console.warn('Redress: the date picker keeps its own first day of the week', e);
}

const dueOnCard = {
  id: 'redress.card.due',
  pluginPoint: 'tasklist.card',
  priority: 300, // above the complaint's columns (Tasklist's own card plugin, 200)
  render: (node, context, scope) => {
    const task = scope && scope.task;
    if (!task || !task.due) {
      return;
    }
    const line = document.createElement('div');
    line.className = 'redress-due';
    line.textContent = `Due ${inWords(task.due)}`;
    node.appendChild(line);
  }
};

// The people picker: a <datalist> of the task's team on Tasklist's assignee box while it is being edited.
const engineName = () => (document.querySelector('base').getAttribute('engine') || 'default');
const taskIdInAddress = () => new URLSearchParams(window.location.hash.replace(/^#\/?\??/, '')).get('task');
const teams = new Map();

async function teamOf(taskId) {
  if (!teams.has(taskId)) {
    teams.set(taskId, fetch(`${serverRoot}/tasklist-team/${encodeURIComponent(engineName())}/`
      + `${encodeURIComponent(taskId)}`, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(response => (response.ok ? response.json() : [])).catch(() => []));
  }
  return teams.get(taskId);
}

async function offerTeam(input) {
  const taskId = taskIdInAddress();
  if (!taskId || input.dataset.redressTeam === taskId) {
    return;
  }
  input.dataset.redressTeam = taskId;
  const members = await teamOf(taskId);
  const listId = `redress-team-${taskId}`;
  let list = document.getElementById(listId);
  if (!list) {
    list = document.createElement('datalist');
    list.id = listId;
    members.forEach(member => {
      const option = document.createElement('option');
      option.value = member.id;
      option.textContent = member.name;
      list.appendChild(option);
    });
    document.body.appendChild(list);
  }
  input.setAttribute('list', listId);
  input.setAttribute('aria-label', 'Give the task to (a member of its team, or empty to leave it with the team)');
  input.setAttribute('autocomplete', 'off');
}

// Tasklist only colours the box red when the name typed is no one it may give the task to: say so in words.
function explainRefusal() {
  document.querySelectorAll('.task-card li.assignee').forEach(item => {
    const refused = item.querySelector('.has-error:not(.validating)') !== null;
    let message = item.querySelector('.redress-assignee-error');
    if (refused && !message) {
      message = document.createElement('p');
      message.className = 'redress-assignee-error';
      message.setAttribute('role', 'alert');
      message.textContent = 'No one in this task\'s team has that user name. Choose someone from the list, '
        + 'or leave it empty to give the task back to the team.';
      item.appendChild(message);
    } else if (!refused && message) {
      message.remove();
    }
  });
}

new MutationObserver(() => {
  document.querySelectorAll('.task-card li.assignee input[type="text"], .task-card li.assignee input:not([type])')
    .forEach(input => offerTeam(input));
  explainRefusal();
}).observe(document.body, {childList: true, subtree: true, attributes: true, attributeFilter: ['class']});

export default [dueOnCard];
