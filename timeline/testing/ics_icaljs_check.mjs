// Parses a calendar with Mozilla's ical.js and checks what a calendar app
// would see: no parse error, every VEVENT readable with an end after its
// start, and each expected event starting at its local time, in its zone,
// at its UTC instant (through the VTIMEZONE in the file, since ical.js has
// no time zone database of its own).
//
//   node ics_icaljs_check.mjs CALENDAR.ics NODE_MODULES_DIR
//
// CALENDAR.ics.expected holds one expected event a line: summary, local
// start, zone, UTC start, tab-separated.

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [icsPath, modules] = process.argv.slice(2);
const ICAL = (await import(pathToFileURL(path.join(modules, 'ical.js', 'dist', 'ical.js')).href)).default;

const failures = [];
let calendar;
try {
  calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(icsPath, 'utf8')));
} catch (error) {
  console.error(`ical.js cannot parse ${icsPath}: ${error.message}`);
  process.exit(1);
}

const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
if (events.length === 0) failures.push('no VEVENT');
for (const event of events) {
  try {
    if (event.endDate.compare(event.startDate) <= 0) failures.push(`${event.uid}: ends before it starts`);
    if (!event.uid.endsWith('@chronicle')) failures.push(`${event.uid}: unexpected UID`);
    event.description;  // decodes the escaped TEXT
  } catch (error) {
    failures.push(`${event.uid}: ${error.message}`);
  }
}

const expected = fs.readFileSync(`${icsPath}.expected`, 'utf8').trim().split('\n').map((l) => l.split('\t'));
if (expected.length !== 5) failures.push(`expected five listed events, found ${expected.length}`);
for (const [summary, localStart, zone, utcStart] of expected) {
  const matches = events.filter((event) => event.summary === summary);
  if (matches.length !== 1) {
    failures.push(`${matches.length} events named "${summary}"`);
    continue;
  }
  const start = matches[0].startDate;
  const utc = new Date(start.toUnixTime() * 1000).toISOString().replace('.000Z', 'Z');
  if (start.toString() !== localStart) failures.push(`"${summary}" starts ${start} local, not ${localStart}`);
  if (start.zone.tzid !== zone) failures.push(`"${summary}" is in ${start.zone.tzid}, not ${zone}`);
  if (utc !== utcStart) failures.push(`"${summary}" starts ${utc}, not ${utcStart}`);
}

if (failures.length > 0) {
  for (const failure of failures) console.error(`FAIL: ${failure}`);
  process.exit(1);
}
console.log(`ical.js read ${events.length} events; the ${expected.length} listed events start as expected`);
