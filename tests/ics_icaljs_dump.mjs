// Reads an iCalendar file with Mozilla's ical.js, as a calendar app built on
// it would, and prints what it saw, in the same form as tests/ics_check
// (libical) so that the end-to-end tests can assert on both and compare them:
//
//   node ics_icaljs_dump.mjs CALENDAR.ics NODE_MODULES_DIR
//
// One line per VEVENT, in file order:
//
//   DTSTART-local <TAB> TZID, or DATE for an all-day event, or UTC, or
//   FLOATING <TAB> SUMMARY
//
// then a last line "vevents=N errors=M". Errors (each printed on stderr): the
// file does not parse (ICAL.parse throws), the top component is not a
// VCALENDAR, an event has not exactly one UID, DTSTAMP and DTSTART, cannot be
// read (start, end, summary, description) or ends before it starts, or a TZID has no VTIMEZONE in the file (ical.js
// has no zone database of its own, so such a time would be read as floating).
//
// Exit status: 0 when there is at least one VEVENT and no error, 1 otherwise.

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [icsPath, modules] = process.argv.slice(2);
if (!icsPath || !modules) {
  console.error('usage: node ics_icaljs_dump.mjs CALENDAR.ics NODE_MODULES_DIR');
  process.exit(2);
}
const ICAL = (await import(pathToFileURL(path.join(modules, 'ical.js', 'dist', 'ical.js')).href)).default;

let calendar;
try {
  calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(icsPath, 'utf8')));
} catch (error) {
  console.error(`ical.js cannot parse ${icsPath}: ${error.message}`);
  console.log('vevents=0 errors=1');
  process.exit(1);
}

let errors = 0;
const error = (message) => {
  console.error(`ical.js error: ${message}`);
  errors += 1;
};
if (calendar.name !== 'vcalendar') error(`the top component is ${calendar.name}, not vcalendar`);

const oneLine = (text) => String(text ?? '').replace(/[\t\r\n]/g, ' ');
const events = calendar.getAllSubcomponents('vevent');
for (const component of events) {
  for (const property of ['uid', 'dtstamp', 'dtstart']) {
    const n = component.getAllProperties(property).length;
    if (n !== 1) error(`"${component.getFirstPropertyValue('summary')}" has ${n} ${property.toUpperCase()}, expected 1`);
  }
  const dtstart = component.getFirstProperty('dtstart');
  if (dtstart === null) {
    error('a VEVENT has no DTSTART');
    console.log(`NONE\tNONE\t${oneLine(component.getFirstPropertyValue('summary'))}`);
    continue;
  }
  try {
    const event = new ICAL.Event(component);
    const start = event.startDate;
    let zone;
    if (start.isDate) {
      zone = 'DATE';
    } else if (dtstart.getParameter('tzid')) {
      zone = dtstart.getParameter('tzid');
      if (start.zone?.tzid !== zone) error(`"${event.summary}": TZID ${zone} has no VTIMEZONE (read as ${start.zone?.tzid})`);
    } else {
      zone = start.zone?.tzid === 'UTC' ? 'UTC' : 'FLOATING';
    }
    if (event.endDate.compare(start) < 0) error(`"${event.summary}" ends before it starts`);
    start.toUnixTime();  // converts through the VTIMEZONE
    event.description;  // decodes the escaped TEXT
    console.log(`${start.toString()}\t${zone}\t${oneLine(event.summary)}`);
  } catch (e) {
    error(`a VEVENT cannot be read: ${e.message}`);
    console.log(`BAD\tBAD\t${oneLine(component.getFirstPropertyValue('summary'))}`);
  }
}
console.log(`vevents=${events.length} errors=${errors}`);
if (events.length === 0) console.error(`no VEVENT in ${icsPath}`);
process.exit(errors === 0 && events.length > 0 ? 0 : 1);
