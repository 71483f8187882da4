// The date extractor's spec: positive rows (span, offsets, type, value, mod), negative strings that
// must yield nothing, each rule's own examples, and the phrases of the seed documents.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { daysInMonth } from '../../src/extract/date/calendar.js';
import { dateExtractor } from '../../src/extract/date/index.js';
import { MODIFIERS } from '../../src/extract/date/modifiers.js';
import { RULES } from '../../src/extract/date/rules.js';
import type { DateMention, TimexType } from '../../src/types.js';
import { contextFor } from '../helpers.js';

interface Row {
  text: string;
  ref: string | null;
  span: string;
  type: TimexType;
  value: string;
  mod?: string;
  anchor?: DateMention['anchor'];
  /** Which occurrence of `span` in `text` is meant (0-based), when it occurs more than once. */
  nth?: number;
}

const THU = '2022-02-10'; // a Thursday: the date of seed-denmark-may-allow-us-troops
const MON = '2024-02-12'; // a Monday: the date of seed-ukraine-denmark-security-talks
const FRI89 = '1989-10-27'; // a Friday in a quarterly-results season

function extract(text: string, ref: string | null): DateMention[] {
  return dateExtractor.extract(contextFor(text, ref));
}

function offsetOf(text: string, span: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(span, at + 1);
  return at;
}

const ROWS: Row[] = [
  // --- absolute dates
  { text: 'The talks were held on 2022-02-10.', ref: THU, span: '2022-02-10', type: 'DATE', value: '2022-02-10', anchor: null },
  { text: 'The treaty was signed on 10 February 2022 in Kyiv.', ref: THU, span: '10 February 2022', type: 'DATE', value: '2022-02-10' },
  { text: 'The treaty was signed on February 10, 2022 in Kyiv.', ref: THU, span: 'February 10, 2022', type: 'DATE', value: '2022-02-10' },
  { text: 'It was signed Feb. 10 in Kyiv.', ref: '2022-03-01', span: 'Feb. 10', type: 'DATE', value: '2022-02-10', anchor: 'document' },
  { text: 'The summit opened on Friday, Oct. 23.', ref: '1998-10-26', span: 'Friday, Oct. 23', type: 'DATE', value: '1998-10-23' },
  { text: 'The deal was agreed on June 13th, 2024.', ref: '2024-06-13', span: 'June 13th, 2024', type: 'DATE', value: '2024-06-13' },
  { text: 'The vote is set for the 8th of March.', ref: MON, span: 'the 8th of March', type: 'DATE', value: '2024-03-08' },
  { text: 'The law took effect on 25/12/2023.', ref: MON, span: '25/12/2023', type: 'DATE', value: '2023-12-25' },
  { text: 'The form is dated 12/25/2023.', ref: MON, span: '12/25/2023', type: 'DATE', value: '2023-12-25' },
  { text: 'Payments are due 2024/06/13.', ref: MON, span: '2024/06/13', type: 'DATE', value: '2024-06-13' },
  { text: 'The meeting took place in May 2022.', ref: THU, span: 'May 2022', type: 'DATE', value: '2022-05' },
  { text: 'The party was founded in January of 1998.', ref: THU, span: 'January of 1998', type: 'DATE', value: '1998-01' },
  { text: 'Talks were held November 19-20.', ref: '2023-12-11', span: 'November 19', type: 'DATE', value: '2023-11-19' },
  { text: 'Talks were held November 19-20.', ref: '2023-12-11', span: '20', type: 'DATE', value: '2023-11-20' },
  { text: 'The summit takes place on 19 and 20 November.', ref: '2023-11-01', span: '19', type: 'DATE', value: '2023-11-19' },
  { text: 'The summit takes place on 19 and 20 November.', ref: '2023-11-01', span: '20 November', type: 'DATE', value: '2023-11-20' },
  { text: 'Elections were held on May 5, 1999.', ref: THU, span: 'May 5, 1999', type: 'DATE', value: '1999-05-05' },
  { text: 'The ceasefire began Sept. 30, 1989, officials said.', ref: FRI89, span: 'Sept. 30, 1989', type: 'DATE', value: '1989-09-30' },
  { text: 'The offer expires Nov. 10.', ref: FRI89, span: 'Nov. 10', type: 'DATE', value: '1989-11-10' },
  { text: 'The dividend is payable Dec. 1 to holders of record Nov. 10.', ref: FRI89, span: 'Dec. 1', type: 'DATE', value: '1989-12-01' },
  { text: 'The talks opened on Christmas Eve 2023.', ref: MON, span: 'Christmas Eve 2023', type: 'DATE', value: '2023-12-24' },
  { text: 'He will return by Christmas.', ref: THU, span: 'Christmas', type: 'DATE', value: '2022-12-25' },
  { text: 'The boy was found on Thanksgiving Day.', ref: '2000-01-07', span: 'Thanksgiving Day', type: 'DATE', value: '1999-11-25' },
  { text: 'The campaign runs until Election Day.', ref: '1998-10-26', span: 'Election Day', type: 'DATE', value: '1998-11-03' },
  // --- months without a day
  { text: 'During the NATO summit in Vilnius in July, the G7 agreed to offer guarantees.', ref: MON, span: 'July', type: 'DATE', value: '2023-07', anchor: 'document' },
  { text: 'The elections will be held in July.', ref: MON, span: 'July', type: 'DATE', value: '2024-07' },
  { text: 'The plan was adopted in April.', ref: MON, span: 'April', type: 'DATE', value: '2023-04' },
  { text: 'Parliament voted last April.', ref: FRI89, span: 'last April', type: 'DATE', value: '1989-04' },
  { text: 'The troops will arrive next March.', ref: MON, span: 'next March', type: 'DATE', value: '2024-03' },
  { text: 'Prices rose in January this year.', ref: '2024-05-01', span: 'January this year', type: 'DATE', value: '2024-01' },
  { text: 'He resigned in June last year.', ref: MON, span: 'June last year', type: 'DATE', value: '2023-06' },
  { text: 'The report is due in May.', ref: MON, span: 'May', type: 'DATE', value: '2024-05' },
  { text: 'Exports have grown since March.', ref: MON, span: 'March', type: 'DATE', value: '2023-03' },
  { text: 'The strike lasted until December.', ref: MON, span: 'December', type: 'DATE', value: '2023-12' },
  { text: 'Production will resume in early March.', ref: MON, span: 'early March', type: 'DATE', value: '2024-03', mod: 'START' },
  { text: 'The rescue came in late November.', ref: '2000-01-06', span: 'late November', type: 'DATE', value: '1999-11', mod: 'END' },
  { text: 'Results are due in mid-November.', ref: FRI89, span: 'mid-November', type: 'DATE', value: '1989-11', mod: 'MID' },
  { text: 'The minister spoke in July.', ref: null, span: 'July', type: 'DATE', value: 'XXXX-07', anchor: 'none' },
  { text: 'The ban stays in place until March.', ref: MON, span: 'March', type: 'DATE', value: '2024-03' },
  { text: 'Ukraine announced on 8 February that talks began.', ref: null, span: '8 February', type: 'DATE', value: 'XXXX-02-08', anchor: 'none' },
  // --- weekdays
  { text: 'Mette Frederiksen told reporters on Thursday, according to AFP.', ref: THU, span: 'Thursday', type: 'DATE', value: '2022-02-10' },
  { text: 'The minister said Thursday that talks would continue.', ref: THU, span: 'Thursday', type: 'DATE', value: '2022-02-10' },
  { text: 'The ministers met on Monday.', ref: THU, span: 'Monday', type: 'DATE', value: '2022-02-07' },
  { text: 'The ministers will meet on Monday.', ref: THU, span: 'Monday', type: 'DATE', value: '2022-02-14' },
  { text: 'The ministers will meet on Thursday.', ref: THU, span: 'Thursday', type: 'DATE', value: '2022-02-10' },
  { text: 'He arrived last Friday.', ref: THU, span: 'last Friday', type: 'DATE', value: '2022-02-04' },
  { text: 'They meet again next Tuesday.', ref: THU, span: 'next Tuesday', type: 'DATE', value: '2022-02-15' },
  { text: 'The vote is this coming Sunday.', ref: THU, span: 'this coming Sunday', type: 'DATE', value: '2022-02-13' },
  { text: 'On Saturday, protesters gathered in the capital.', ref: THU, span: 'Saturday', type: 'DATE', value: '2022-02-05' },
  { text: 'A decision is expected on Friday.', ref: THU, span: 'Friday', type: 'DATE', value: '2022-02-11' },
  { text: 'Talks are scheduled for Wednesday.', ref: THU, span: 'Wednesday', type: 'DATE', value: '2022-02-16' },
  { text: 'The peace process is set to resume Monday in Belfast.', ref: '1998-03-22', span: 'Monday', type: 'DATE', value: '1998-03-23' },
  { text: "Friday's vote was postponed.", ref: THU, span: 'Friday', type: 'DATE', value: '2022-02-04' },
  { text: 'The minister spoke on Thursday.', ref: null, span: 'Thursday', type: 'DATE', value: 'XXXX-WXX-4', anchor: 'none' },
  { text: 'Updated 2015-03-20. The office said on Monday it had moved.', ref: null, span: 'Monday', type: 'DATE', value: '2015-03-16', anchor: 'text' },
  { text: 'Clashes erupted on Thursday afternoon.', ref: '2015-08-21', span: 'Thursday afternoon', type: 'TIME', value: '2015-08-20TAF' },
  { text: 'Troops left on Saturday morning.', ref: '2020-01-13', span: 'Saturday morning', type: 'TIME', value: '2020-01-11TMO' },
  { text: 'The committee meets every Monday.', ref: THU, span: 'every Monday', type: 'SET', value: 'XXXX-WXX-1' },
  // --- days relative to the reference
  { text: 'The delegation returned today, November 13, 2004.', ref: '2004-11-13', span: 'today', type: 'DATE', value: '2004-11-13', anchor: 'document' },
  { text: 'The delegation returned today, November 13, 2004.', ref: '2004-11-13', span: 'November 13, 2004', type: 'DATE', value: '2004-11-13', anchor: null },
  { text: 'Yesterday the parliament voted to expel the troops.', ref: '2020-01-06', span: 'Yesterday', type: 'DATE', value: '2020-01-05' },
  { text: 'The talks resume tomorrow.', ref: THU, span: 'tomorrow', type: 'DATE', value: '2022-02-11' },
  { text: 'The day before yesterday, the army withdrew.', ref: THU, span: 'The day before yesterday', type: 'DATE', value: '2022-02-08' },
  { text: "Today's vote was close.", ref: THU, span: 'Today', type: 'DATE', value: '2022-02-10' },
  { text: 'Today the minister resigned.', ref: null, span: 'Today', type: 'DATE', value: 'XXXX-XX-XX', anchor: 'none' },
  { text: 'The White House said this evening that the talks had ended.', ref: '2023-07-10', span: 'this evening', type: 'TIME', value: '2023-07-10TEV' },
  { text: 'Explosions were heard last night.', ref: THU, span: 'last night', type: 'TIME', value: '2022-02-09TNI' },
  { text: 'The president will speak tonight.', ref: THU, span: 'tonight', type: 'TIME', value: '2022-02-10TNI' },
  // --- weeks, months, years relative to the reference
  { text: 'Earlier this week, Denmark announced it was raising readiness.', ref: THU, span: 'Earlier this week', type: 'DATE', value: '2022-W06' },
  { text: 'The army said last week that it had withdrawn.', ref: '2020-01-06', span: 'last week', type: 'DATE', value: '2020-W01' },
  { text: 'The parliament will vote next week.', ref: THU, span: 'next week', type: 'DATE', value: '2022-W07' },
  { text: 'Fighting intensified this week.', ref: THU, span: 'this week', type: 'DATE', value: '2022-W06' },
  { text: 'The deal was signed last month.', ref: '2022-06-28', span: 'last month', type: 'DATE', value: '2022-05' },
  { text: 'Elections are due next month.', ref: THU, span: 'next month', type: 'DATE', value: '2022-03' },
  { text: 'Exports fell earlier this month.', ref: THU, span: 'earlier this month', type: 'DATE', value: '2022-02' },
  { text: 'Inflation rose last year.', ref: '2024-06-13', span: 'last year', type: 'DATE', value: '2023' },
  { text: "Last year's budget was cut.", ref: THU, span: 'Last year', type: 'DATE', value: '2021' },
  { text: 'The budget for next year was approved.', ref: THU, span: 'next year', type: 'DATE', value: '2023' },
  { text: 'This year has been difficult.', ref: THU, span: 'This year', type: 'DATE', value: '2022' },
  { text: 'The base will close early next year.', ref: FRI89, span: 'early next year', type: 'DATE', value: '1990', mod: 'START' },
  { text: 'Late last week, the rebels attacked.', ref: FRI89, span: 'Late last week', type: 'DATE', value: '1989-W42', mod: 'END' },
  { text: 'The company expects to restructure this quarter.', ref: FRI89, span: 'this quarter', type: 'DATE', value: '1989-Q4' },
  { text: 'They met this weekend.', ref: '2022-02-13', span: 'this weekend', type: 'DATE', value: '2022-W06-WE' },
  { text: 'Officials met over the weekend.', ref: '2020-01-13', span: 'the weekend', type: 'DATE', value: '2020-W02-WE' },
  { text: 'The treaty was signed earlier in the year.', ref: FRI89, span: 'earlier in the year', type: 'DATE', value: '1989' },
  { text: 'Troops will withdraw by the end of the year.', ref: FRI89, span: 'the end of the year', type: 'DATE', value: '1989', mod: 'END' },
  { text: 'The company will finish the sale by year-end.', ref: FRI89, span: 'year-end', type: 'DATE', value: '1989-12-31' },
  { text: "The new rules take effect by year's end.", ref: FRI89, span: "year's end", type: 'DATE', value: '1989-12-31' },
  { text: 'He joined in June 1998 and left later that year.', ref: '2000-01-28', span: 'later that year', type: 'DATE', value: '1998', anchor: 'text' },
  // --- ago, from now, earlier
  { text: 'The treaty was signed two years ago.', ref: THU, span: 'two years ago', type: 'DATE', value: '2020' },
  { text: 'He left 10 days ago.', ref: THU, span: '10 days ago', type: 'DATE', value: '2022-01-31' },
  { text: 'Seventy-four years ago today, the treaty was signed.', ref: '2023-04-04', span: 'Seventy-four years ago today', type: 'DATE', value: '1949' },
  { text: 'NATO was created 75 years ago.', ref: '2024-02-26', span: '75 years ago', type: 'DATE', value: '1949' },
  { text: 'The attack happened six weeks ago.', ref: THU, span: 'six weeks ago', type: 'DATE', value: '2021-W52' },
  { text: 'Talks collapsed five months ago.', ref: THU, span: 'five months ago', type: 'DATE', value: '2021-09' },
  { text: 'About a year ago the plant closed.', ref: THU, span: 'About a year ago', type: 'DATE', value: '2021', mod: 'APPROX' },
  { text: 'The border reopens two weeks from now.', ref: THU, span: 'two weeks from now', type: 'DATE', value: '2022-W08' },
  { text: 'Profit rose 5% from a year earlier.', ref: THU, span: 'a year earlier', type: 'DATE', value: '2021' },
  { text: 'The plant was built several years ago.', ref: THU, span: 'several years ago', type: 'DATE', value: 'PAST_REF' },
  // --- durations
  { text: 'The agreement has been in force for about a year.', ref: THU, span: 'about a year', type: 'DURATION', value: 'P1Y', mod: 'APPROX' },
  { text: 'The ceasefire lasted two days.', ref: THU, span: 'two days', type: 'DURATION', value: 'P2D' },
  { text: 'The troops stayed for three decades.', ref: THU, span: 'three decades', type: 'DURATION', value: 'P30Y' },
  { text: 'The mission will last six months.', ref: THU, span: 'six months', type: 'DURATION', value: 'P6M' },
  { text: 'Iran gave the embassy 24 hours to leave.', ref: THU, span: '24 hours', type: 'DURATION', value: 'PT24H' },
  { text: 'The country has been at war for years.', ref: THU, span: 'years', type: 'DURATION', value: 'PXY' },
  { text: 'Both sides agreed to a 72-hour ceasefire.', ref: THU, span: '72-hour', type: 'DURATION', value: 'PT72H' },
  { text: 'They signed the 10-year agreement.', ref: THU, span: '10-year', type: 'DURATION', value: 'P10Y' },
  { text: 'Less than a year later, Finland joined NATO.', ref: THU, span: 'Less than a year later', type: 'DURATION', value: 'P1Y', mod: 'LESS_THAN' },
  { text: 'More than two years have passed since the invasion.', ref: THU, span: 'More than two years', type: 'DURATION', value: 'P2Y', mod: 'MORE_THAN' },
  { text: 'Prices rose in the past two months.', ref: THU, span: 'the past two months', type: 'DURATION', value: 'P2M' },
  { text: 'Prices rose over the past week.', ref: THU, span: 'the past week', type: 'DURATION', value: 'P1W' },
  { text: 'Sales rose in the first nine months.', ref: THU, span: 'the first nine months', type: 'DURATION', value: 'P9M' },
  { text: 'Talks have stalled for the past year and a half.', ref: THU, span: 'the past year and a half', type: 'DURATION', value: 'P1Y6M' },
  { text: 'The talks took several days.', ref: THU, span: 'several days', type: 'DURATION', value: 'PXD' },
  { text: 'A few hours later the shelling resumed.', ref: THU, span: 'A few hours later', type: 'DURATION', value: 'PTXH' },
  { text: 'The meeting took half an hour.', ref: THU, span: 'half an hour', type: 'DURATION', value: 'PT30M' },
  { text: 'The talks have been frozen for nearly two years.', ref: THU, span: 'nearly two years', type: 'DURATION', value: 'P2Y', mod: 'APPROX' },
  { text: 'The banks must wait at least 30 days.', ref: THU, span: 'at least 30 days', type: 'DURATION', value: 'P30D', mod: 'EQUAL_OR_MORE' },
  { text: 'Reservists can be called up for up to 180 days.', ref: THU, span: 'up to 180 days', type: 'DURATION', value: 'P180D', mod: 'EQUAL_OR_LESS' },
  { text: 'The plan must be submitted within 30 days.', ref: THU, span: '30 days', type: 'DURATION', value: 'P30D' },
  { text: 'We will consult allies in the weeks ahead.', ref: THU, span: 'the weeks ahead', type: 'DATE', value: 'FUTURE_REF' },
  { text: 'Tensions have grown in recent months.', ref: THU, span: 'recent months', type: 'DATE', value: 'PAST_REF' },
  { text: 'Denmark has focused on new issues throughout the past few years.', ref: THU, span: 'the past few years', type: 'DURATION', value: 'PXY' },
  { text: 'The conflict has lasted decades.', ref: THU, span: 'decades', type: 'DURATION', value: 'PXY' },
  { text: 'In the last twenty four hours, the market fell.', ref: THU, span: 'the last twenty four hours', type: 'DURATION', value: 'PT24H' },
  { text: 'The minister began a two-day visit.', ref: THU, span: 'two-day', type: 'DURATION', value: 'P2D' },
  { text: 'Talks continue over the next two weeks.', ref: THU, span: 'the next two weeks', type: 'DURATION', value: 'P2W' },
  { text: 'The forces will stay for a while.', ref: THU, span: 'a while', type: 'DURATION', value: 'PXX' },
  { text: 'Results for the year ended June 30 were weak.', ref: FRI89, span: 'the year', type: 'DURATION', value: 'P1Y' },
  // --- sets
  { text: 'The alliance meets every year.', ref: THU, span: 'every year', type: 'SET', value: 'P1Y' },
  { text: 'Reports are published annually.', ref: THU, span: 'annually', type: 'SET', value: 'P1Y' },
  { text: 'Inspections happen each year.', ref: THU, span: 'each year', type: 'SET', value: 'P1Y' },
  { text: 'The council meets every week.', ref: THU, span: 'every week', type: 'SET', value: 'P1W' },
  { text: 'Patrols are conducted daily.', ref: THU, span: 'daily', type: 'SET', value: 'P1D' },
  { text: 'The list is updated weekly.', ref: THU, span: 'weekly', type: 'SET', value: 'P1W' },
  { text: 'Elections are held every two years.', ref: THU, span: 'every two years', type: 'SET', value: 'P2Y' },
  { text: 'The country spends $5 billion a year on defence.', ref: THU, span: 'a year', type: 'SET', value: 'P1Y' },
  { text: 'Flights run twice a week.', ref: THU, span: 'a week', type: 'SET', value: 'P1W' },
  // --- years, decades, centuries, seasons, quarters
  { text: 'The treaty was signed in 1990.', ref: THU, span: '1990', type: 'DATE', value: '1990', anchor: null },
  { text: 'Troops have been stationed there since 2014.', ref: THU, span: '2014', type: 'DATE', value: '2014' },
  { text: 'The goal is to cut emissions by 2030.', ref: THU, span: '2030', type: 'DATE', value: '2030' },
  { text: 'The 2024 budget was approved.', ref: THU, span: '2024', type: 'DATE', value: '2024' },
  { text: 'The plan covers 2024-25.', ref: THU, span: '2024', type: 'DATE', value: '2024' },
  { text: '1990 was a turning point.', ref: THU, span: '1990', type: 'DATE', value: '1990' },
  { text: 'The year 2000 passed quietly.', ref: THU, span: 'The year 2000', type: 'DATE', value: '2000' },
  { text: 'A 1996 law restricts travel to Cuba.', ref: THU, span: '1996', type: 'DATE', value: '1996' },
  { text: 'Analysts expect 1990 earnings to rise.', ref: FRI89, span: '1990', type: 'DATE', value: '1990' },
  { text: 'Sales grew in both 1990 and 1991.', ref: FRI89, span: '1990', type: 'DATE', value: '1990' },
  { text: 'The company earned $7.8 million in fiscal 1989.', ref: FRI89, span: 'fiscal 1989', type: 'DATE', value: '1989' },
  { text: 'EU pledges over 1 million ammunition rounds for Ukraine by end of 2024', ref: MON, span: 'end of 2024', type: 'DATE', value: '2024', mod: 'END' },
  { text: 'The EU will deliver the rounds by the end of 2024.', ref: MON, span: 'the end of 2024', type: 'DATE', value: '2024', mod: 'END' },
  { text: 'Construction will begin in early 2024.', ref: THU, span: 'early 2024', type: 'DATE', value: '2024', mod: 'START' },
  { text: 'The group began to fall apart in mid-2024.', ref: THU, span: 'mid-2024', type: 'DATE', value: '2024', mod: 'MID' },
  { text: 'The office opened at the beginning of March.', ref: MON, span: 'the beginning of March', type: 'DATE', value: '2023-03', mod: 'START' },
  { text: 'Denmark has not allowed foreign troops since the 1950s.', ref: THU, span: 'the 1950s', type: 'DATE', value: '195X' },
  { text: "Prices peaked in the '90s.", ref: THU, span: "the '90s", type: 'DATE', value: '199X' },
  { text: 'Numbers dropped through the nineties.', ref: THU, span: 'the nineties', type: 'DATE', value: '199X' },
  { text: 'The group held power in the late 1970s.', ref: THU, span: 'the late 1970s', type: 'DATE', value: '197X', mod: 'END' },
  { text: 'The goal is a 50% share by the mid-1990s.', ref: FRI89, span: 'the mid-1990s', type: 'DATE', value: '199X', mod: 'MID' },
  { text: 'It was one of the great events of the 20th century.', ref: THU, span: 'the 20th century', type: 'DATE', value: '19' },
  { text: 'Security in the twenty-first century is different.', ref: THU, span: 'the twenty-first century', type: 'DATE', value: '20' },
  { text: 'The offensive is planned for spring 2024.', ref: THU, span: 'spring 2024', type: 'DATE', value: '2024-SP' },
  { text: 'A strike began last fall.', ref: FRI89, span: 'last fall', type: 'DATE', value: '1988-FA' },
  { text: 'The talks resume this summer.', ref: THU, span: 'this summer', type: 'DATE', value: '2022-SU' },
  { text: 'Oil fell to the level seen in the winter of 1994.', ref: THU, span: 'the winter of 1994', type: 'DATE', value: '1994-WI' },
  { text: 'Growth slowed in the first quarter of 2024.', ref: MON, span: 'the first quarter of 2024', type: 'DATE', value: '2024-Q1' },
  { text: 'The company reported third-quarter profit.', ref: FRI89, span: 'third-quarter', type: 'DATE', value: '1989-Q3' },
  { text: 'Sales should rise in the fourth quarter.', ref: FRI89, span: 'the fourth quarter', type: 'DATE', value: '1989-Q4' },
  { text: 'Revenue fell in Q1 2024.', ref: MON, span: 'Q1 2024', type: 'DATE', value: '2024-Q1' },
  { text: 'Profit rose in the third quarter. Sales in the quarter were flat.', ref: FRI89, span: 'the quarter', type: 'DATE', value: '1989-Q3', anchor: 'text' },
  { text: 'Net income fell from the year-ago quarter.', ref: FRI89, span: 'the year-ago quarter', type: 'DATE', value: '1988-Q3' },
  { text: 'Output will rise in the first half of 2024.', ref: THU, span: 'the first half of 2024', type: 'DATE', value: '2024-H1' },
  { text: 'The organization was created in nineteen ninety-six.', ref: THU, span: 'nineteen ninety-six', type: 'DATE', value: '1996' },
  // --- clock times
  { text: 'Last updated 2015-03-20 - 12:27', ref: null, span: '12:27', type: 'TIME', value: '2015-03-20T12:27', anchor: 'text' },
  { text: 'The strike began at 3 p.m.', ref: THU, span: '3 p.m.', type: 'TIME', value: '2022-02-10T15:00', anchor: 'document' },
  { text: 'The deadline is 5 p.m. EST Nov. 9.', ref: FRI89, span: '5 p.m. EST Nov. 9', type: 'TIME', value: '1989-11-09T17:00' },
  { text: 'Voting closes at noon.', ref: THU, span: 'noon', type: 'TIME', value: '2022-02-10T12:00' },
  { text: 'The blast occurred at about 10:35 a.m. on Friday.', ref: '1998-08-08', span: 'about 10:35 a.m.', type: 'TIME', value: '1998-08-08T10:35', mod: 'APPROX' },
  { text: 'The offer expired at midnight Friday.', ref: THU, span: 'midnight Friday', type: 'TIME', value: '2022-02-04T24:00' },
  { text: 'The offer expires at midnight Friday.', ref: THU, span: 'midnight Friday', type: 'TIME', value: '2022-02-11T24:00' },
  // --- present, past and future references
  { text: 'Denmark may in the future allow U.S. troops to be deployed.', ref: THU, span: 'the future', type: 'DATE', value: 'FUTURE_REF' },
  { text: 'This is not related to the current crisis.', ref: THU, span: 'current', type: 'DATE', value: 'PRESENT_REF' },
  { text: 'The alliance is now larger than ever.', ref: THU, span: 'now', type: 'DATE', value: 'PRESENT_REF' },
  { text: 'Ten ships are currently deployed.', ref: THU, span: 'currently', type: 'DATE', value: 'PRESENT_REF' },
  { text: 'The rules were recently changed.', ref: THU, span: 'recently', type: 'DATE', value: 'PAST_REF' },
  { text: 'Such attacks happened in the past.', ref: THU, span: 'the past', type: 'DATE', value: 'PAST_REF' },
  { text: 'The recent Defence Agreements have affirmed this.', ref: THU, span: 'recent', type: 'DATE', value: 'PAST_REF' },
  { text: 'The parties agreed on a timeline for negotiations going forward.', ref: MON, span: 'going forward', type: 'DATE', value: 'FUTURE_REF' },
  { text: 'He wants the boy returned as soon as possible.', ref: THU, span: 'as soon as possible', type: 'DATE', value: 'FUTURE_REF' },
  { text: 'Ukraine needs support for the long term.', ref: THU, span: 'the long term', type: 'DATE', value: 'FUTURE_REF' },
  { text: 'The budget will soon move into surplus.', ref: THU, span: 'soon', type: 'DATE', value: 'FUTURE_REF' },
  { text: 'Over the coming years, cooperation will focus on fragile states.', ref: THU, span: 'the coming years', type: 'DATE', value: 'FUTURE_REF' },
  { text: 'There are no shipments at present.', ref: THU, span: 'present', type: 'DATE', value: 'PRESENT_REF' },
  // --- news reasoning: the tense that governs a weekday or a month (issue 5)
  { text: 'The two ministers meet Monday in Geneva.', ref: THU, span: 'Monday', type: 'DATE', value: '2022-02-14' },
  { text: "Friday's vote is a setback for the government.", ref: THU, span: 'Friday', type: 'DATE', value: '2022-02-04' },
  { text: 'Enlargement tops the agenda of a summit set for Madrid in April.', ref: '1999-03-12', span: 'April', type: 'DATE', value: '1999-04' },
  { text: 'The signing was planned for early March, a diplomat said.', ref: '1999-02-10', span: 'early March', type: 'DATE', value: '1999-03', mod: 'START' },
  { text: 'The ministry has scheduled a briefing Thursday.', ref: '1999-05-05', span: 'Thursday', type: 'DATE', value: '1999-05-06' },
  { text: 'Officials postponed until Tuesday any decision on the permit.', ref: '2000-03-30', span: 'Tuesday', type: 'DATE', value: '2000-04-04' },
  { text: 'The regulator gave the firm until mid-November to reply.', ref: FRI89, span: 'mid-November', type: 'DATE', value: '1989-11', mod: 'MID' },
  { text: 'The alliance agreed to withdraw its troops by March.', ref: '2023-10-10', span: 'March', type: 'DATE', value: '2024-03' },
  { text: 'In July, the G7 agreed to offer long-term guarantees.', ref: MON, span: 'July', type: 'DATE', value: '2023-07' },
  { text: 'The deal, which had been announced, is part of a plan to cut debt by February.', ref: FRI89, span: 'February', type: 'DATE', value: '1990-02' },
  { text: 'The offer had been due to end on Friday.', ref: '1989-10-30', span: 'Friday', type: 'DATE', value: '1989-10-27' },
  { text: 'He said a signing ceremony would take place on April 24.', ref: '1999-02-10', span: 'April 24', type: 'DATE', value: '1999-04-24' },
  { text: 'The envoy could not be reached Wednesday.', ref: '2000-01-06', span: 'Wednesday', type: 'DATE', value: '2000-01-05' },
  { text: 'Protesters planned a march on Saturday and were hoping to block the port on Monday.', ref: '2000-01-07', span: 'Monday', type: 'DATE', value: '2000-01-10' },
  { text: 'Protesters planned a march on Saturday and were hoping to block the port on Monday.', ref: '2000-01-07', span: 'Saturday', type: 'DATE', value: '2000-01-08' },
  { text: 'The parliament has decided to admit the three states in early March, an official said.', ref: '1999-02-10', span: 'early March', type: 'DATE', value: '1999-03', mod: 'START' },
  { text: 'Prosecutors may soon decide on charges.', ref: FRI89, span: 'soon', type: 'DATE', value: 'FUTURE_REF' },
  { text: 'The markets opened on Friday. The next morning, traders returned.', ref: '1998-10-26', span: 'The next morning', type: 'TIME', value: '1998-10-24TMO', anchor: 'text' },
  { text: 'The summit opened on Oct. 23, 1998. Earlier that day, protesters gathered.', ref: '1999-10-24', span: 'Earlier that day', type: 'DATE', value: '1998-10-23', anchor: 'text' },
  { text: 'Shares rose on Friday, up 2% from the previous Friday.', ref: '1989-10-30', span: 'the previous Friday', type: 'DATE', value: '1989-10-20', anchor: 'text' },
  { text: 'The court hearing is set for the week of March 6.', ref: '2000-02-24', span: 'the week of March 6', type: 'DATE', value: '2000-W10' },
  { text: 'The blast occurred at 9:15 a.m. (0615 GMT) Monday, officials said.', ref: '1998-08-11', span: '9:15 a.m.', type: 'TIME', value: '1998-08-10T09:15' },
  { text: 'The convoy departs at 5 in the morning.', ref: THU, span: '5 in the morning', type: 'TIME', value: '2022-02-10T05:00' },
  { text: 'Trading was thin at mid-afternoon yesterday.', ref: FRI89, span: 'mid-afternoon yesterday', type: 'TIME', value: '1989-10-26TAF', mod: 'MID' },
  // --- the dateline is when the story was written
  { text: 'BRUSSELS, February 9 (Xinhua) -- The alliance said Tuesday it would act.', ref: '1999-02-10', span: 'Tuesday', type: 'DATE', value: '1999-02-09' },
  { text: 'BRUSSELS, February 9 (Xinhua) -- The alliance will vote today.', ref: '1999-02-10', span: 'today', type: 'DATE', value: '1999-02-09' },
  // --- the quarter a report speaks of
  { text: 'Net income rose to $9 million in the third quarter from $4 million a year earlier.', ref: FRI89, span: 'a year earlier', type: 'DATE', value: '1988-Q3', anchor: 'text' },
  { text: 'Profit rose in the third quarter. Analysts expect a weak fourth quarter. Sales were up from a year ago.', ref: FRI89, span: 'a year ago', type: 'DATE', value: '1988-Q3', anchor: 'text' },
  { text: 'Sales rose in the fiscal first quarter. Revenue in the quarter, which ended Sept. 30, was flat.', ref: FRI89, span: 'the quarter', type: 'DATE', value: '1989-Q1' },
  { text: 'Sales rose in the fiscal first quarter. Revenue for that period, the quarter ended Sept. 30, was flat.', ref: FRI89, span: 'the quarter', type: 'DATE', value: '1989-Q1' },
  { text: 'Sales for the quarter ended July 31 fell.', ref: FRI89, span: 'the quarter', type: 'DATE', value: '1989-Q2' },
  { text: 'Profit rose in the third quarter. During the quarter a year ago, the bank lost money.', ref: FRI89, span: 'the quarter a year ago', type: 'DATE', value: '1988-Q3' },
  { text: 'Profit rose in the third quarter. It earned $2 million, against a deficit of $5 million last year.', ref: FRI89, span: 'last year', type: 'DATE', value: '1988-Q3' },
  { text: 'Profit should pass $6 a share for the full year, against last year\'s $5.10 a share.', ref: FRI89, span: 'last year', type: 'DATE', value: '1988' },
  { text: 'Profit rose in the third quarter. Income for the same period last year was lower.', ref: FRI89, span: 'the same period last year', type: 'DATE', value: '1988-Q3' },
  { text: "Profit rose in the third quarter. German revenue in last year's quarter was small.", ref: FRI89, span: "last year's quarter", type: 'DATE', value: '1988-Q3' },
  // --- more values
  { text: 'The talks dragged on for 2 1/2 years.', ref: THU, span: '2 1/2 years', type: 'DURATION', value: 'P2Y6M' },
  { text: 'The flight took about 5 1/2 hours.', ref: THU, span: 'about 5 1/2 hours', type: 'DURATION', value: 'PT5H30M', mod: 'APPROX' },
  { text: 'Interest is paid every quarter.', ref: THU, span: 'every quarter', type: 'SET', value: 'P1Q' },
  { text: 'The firm lost money in the past two quarters.', ref: THU, span: 'the past two quarters', type: 'DURATION', value: 'P2Q' },
  { text: 'The lawyers left their third day-long meeting.', ref: THU, span: 'day-long', type: 'DURATION', value: 'P1D' },
  { text: 'Veterans march through the town each July.', ref: THU, span: 'each July', type: 'SET', value: 'XXXX-07' },
  { text: 'The president gave his weekly radio address.', ref: THU, span: 'weekly', type: 'SET', value: 'P1W' },
  { text: 'Leads are checked on a daily basis.', ref: THU, span: 'daily', type: 'SET', value: 'P1D' },
  { text: 'The reform will lower costs in future years.', ref: THU, span: 'future years', type: 'DATE', value: 'FUTURE_REF' },
  { text: 'The country will one day join the alliance.', ref: THU, span: 'one day', type: 'DATE', value: 'FUTURE_REF' },
  { text: 'He would not be travelling at this critical moment.', ref: THU, span: 'this critical moment', type: 'DATE', value: 'PRESENT_REF' },
  { text: 'Holders may buy shares at the then current rate.', ref: THU, span: 'current', type: 'DATE', value: 'PAST_REF' },
  { text: 'It happened in January nineteen ninety-seven.', ref: '1998-02-27', span: 'January nineteen ninety-seven', type: 'DATE', value: '1997-01' },
  { text: 'Prices fell back to where they were in the winter of nineteen eighty-six.', ref: '1998-02-23', span: 'the winter of nineteen eighty-six', type: 'DATE', value: '1986-WI' },
  { text: 'Today, we are more united than ever.', ref: '2023-04-04', span: 'Today', type: 'DATE', value: 'PRESENT_REF', anchor: null },
  { text: 'NATO is as critical today as it was 75 years ago.', ref: '2024-02-26', span: 'today', type: 'DATE', value: 'PRESENT_REF' },
  { text: "Borders matter less in today's world.", ref: THU, span: 'today', type: 'DATE', value: 'PRESENT_REF' },
  { text: 'Trade rose sharply over several years.', ref: THU, span: 'several years', type: 'DURATION', value: 'PXY' },
  { text: "The minister talked about Monday's vote.", ref: THU, span: 'Monday', type: 'DATE', value: '2022-02-07' },
  { text: 'Stocks fell in coming weeks, analysts feared.', ref: THU, span: 'coming weeks', type: 'DATE', value: 'FUTURE_REF' },
];

// Phrases of the seed documents, checked in the documents themselves (offsets into the file).
const SEEDS: { file: string; ref: string; span: string; type: TimexType; value: string; mod?: string; nth?: number }[] = [
  { file: 'seed-denmark-may-allow-us-troops.txt', ref: THU, span: '2022-02-10', type: 'DATE', value: '2022-02-10' },
  { file: 'seed-denmark-may-allow-us-troops.txt', ref: THU, span: 'the future', type: 'DATE', value: 'FUTURE_REF' },
  { file: 'seed-denmark-may-allow-us-troops.txt', ref: THU, span: 'Thursday', type: 'DATE', value: '2022-02-10' },
  { file: 'seed-denmark-may-allow-us-troops.txt', ref: THU, span: 'Thursday', type: 'DATE', value: '2022-02-10', nth: 1 },
  { file: 'seed-denmark-may-allow-us-troops.txt', ref: THU, span: 'about a year', type: 'DURATION', value: 'P1Y', mod: 'APPROX' },
  { file: 'seed-denmark-may-allow-us-troops.txt', ref: THU, span: 'current', type: 'DATE', value: 'PRESENT_REF' },
  { file: 'seed-denmark-may-allow-us-troops.txt', ref: THU, span: 'the 1950s', type: 'DATE', value: '195X' },
  { file: 'seed-denmark-may-allow-us-troops.txt', ref: THU, span: 'Earlier this week', type: 'DATE', value: '2022-W06' },
  { file: 'seed-ukraine-denmark-security-talks.txt', ref: MON, span: '8 February', type: 'DATE', value: '2024-02-08' },
  { file: 'seed-ukraine-denmark-security-talks.txt', ref: MON, span: '14 January', type: 'DATE', value: '2024-01-14' },
  { file: 'seed-ukraine-denmark-security-talks.txt', ref: MON, span: 'July', type: 'DATE', value: '2023-07' },
  { file: 'seed-danish-defence-security-cooperation.txt', ref: '2015-03-20', span: 'the 1990s', type: 'DATE', value: '199X' },
  { file: 'seed-danish-defence-security-cooperation.txt', ref: '2015-03-20', span: 'recent', type: 'DATE', value: 'PAST_REF' },
  { file: 'seed-danish-defence-security-cooperation.txt', ref: '2015-03-20', span: 'the coming years', type: 'DATE', value: 'FUTURE_REF' },
  { file: 'seed-danish-defence-security-cooperation.txt', ref: '2015-03-20', span: '2015-03-20', type: 'DATE', value: '2015-03-20' },
  { file: 'seed-danish-defence-security-cooperation.txt', ref: '2015-03-20', span: '12:27', type: 'TIME', value: '2015-03-20T12:27' },
  { file: 'seed-danish-defence-security-cooperation.txt', ref: '2015-03-20', span: 'the 1990s', type: 'DATE', value: '199X', nth: 1 },
  { file: 'seed-danish-defence-security-cooperation.txt', ref: '2015-03-20', span: 'the past few years', type: 'DURATION', value: 'PXY' },
];

const NEGATIVES: string[] = [
  'Denmark may allow U.S. troops on its soil.',
  'May I ask a question?',
  'Theresa May met the president.',
  'Theresa May said the talks would continue.',
  "May's government fell.",
  'They march on the capital.',
  'The army sent 1,000 troops.',
  'The F-16 fighter jets arrived.',
  'The G7 leaders met in Italy.',
  'It invoked Article 51 of the UN Charter.',
  'He was taken to room 404.',
  'The Type 09-1 submarine surfaced.',
  'The match ended 3-1.',
  'There were 2024 people at the rally.',
  'About 1500 soldiers were deployed.',
  'The G7 offered long-term security commitments.',
  'The plant produced 1990 units.',
  'He scored 2000 points.',
  'The second round of talks failed.',
  'For a second time, the talks failed.',
  'A quarter of the population fled.',
  'Three quarters of the budget went to defence.',
  'The spring water was contaminated.',
  'The fall of Kabul shocked the world.',
  'The Sunday Times reported the decision.',
  'China Daily reported the decision.',
  'The current account deficit widened.',
  'A brighter future awaits the region.',
  'Resolution 2334 was adopted by the council.',
  'Flight 1549 landed on the river.',
  'The score was 2-0 at half time.',
  'He is 52 years old.',
  'A 6-year-old boy was rescued.',
  'Prices fall as supply rises.',
  'The troops march north.',
  'The mayday call was heard.',
  'They may decide to leave.',
  'The average daily volume rose.',
  'The company raised its quarterly dividend.',
  'Ukraine invoked Article 5.',
  'The 5 may be enough.',
  'He lives at 1600 Pennsylvania Avenue.',
  'The poll was published by USA Today.',
  'She gave an interview to 60 Minutes.',
  'It was high noon for the coalition.',
];

describe('date extractor: positive rows', () => {
  it.each(ROWS)('$text → $span', (row) => {
    const mentions = extract(row.text, row.ref);
    const start = offsetOf(row.text, row.span, row.nth ?? 0);
    expect(start, 'span occurs in text').toBeGreaterThanOrEqual(0);
    const m = mentions.find((x) => x.start === start && x.end === start + row.span.length);
    expect(m, `mention "${row.span}" in ${JSON.stringify(mentions.map((x) => x.text))}`).toBeDefined();
    expect(row.text.slice(m!.start, m!.end)).toBe(row.span);
    expect(m!.text).toBe(row.span);
    expect(m!.type).toBe(row.type);
    expect(m!.value).toBe(row.value);
    expect(m!.mod).toBe(row.mod ?? null);
    if (row.anchor !== undefined) expect(m!.anchor).toBe(row.anchor);
    expect(m!.rule).toMatch(/^date\//);
  });
});

describe('date extractor: seed documents', () => {
  const texts = new Map<string, string>();
  it.each(SEEDS)('$file: $span', (row) => {
    if (!texts.has(row.file)) texts.set(row.file, fs.readFileSync(new URL(`../../corpus/${row.file}`, import.meta.url), 'utf8'));
    const text = texts.get(row.file)!;
    const mentions = extract(text, row.ref);
    const start = offsetOf(text, row.span, row.nth ?? 0);
    const m = mentions.find((x) => x.start === start && x.end === start + row.span.length);
    expect(m, `mention "${row.span}" at ${start}`).toBeDefined();
    expect(text.slice(m!.start, m!.end)).toBe(row.span);
    expect(m!.type).toBe(row.type);
    expect(m!.value).toBe(row.value);
    expect(m!.mod).toBe(row.mod ?? null);
  });

  it('finds nothing in "long-term" and "Article 51" of the Ukraine seed', () => {
    const text = fs.readFileSync(new URL('../../corpus/seed-ukraine-denmark-security-talks.txt', import.meta.url), 'utf8');
    const spans = extract(text, MON).map((m) => m.text);
    expect(spans).not.toContain('long-term');
    expect(spans.some((s) => /51|G7/.test(s))).toBe(false);
  });
});

describe('date extractor: negatives', () => {
  it.each(NEGATIVES)('nothing in %s', (text) => {
    expect(extract(text, THU).map((m) => `${m.text} (${m.rule})`)).toEqual([]);
  });
});

describe('date extractor: every rule matches its own examples', () => {
  it.each([...RULES, ...MODIFIERS].map((r) => ({ id: r.id, examples: r.examples })))('$id', ({ id, examples }) => {
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      const rules = extract(example, MON).map((m) => m.rule);
      expect(rules, `"${example}"`).toContain(id);
    }
  });

  it('rule ids are unique and kind-prefixed', () => {
    const ids = [...RULES, ...MODIFIERS].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^date\/[a-z0-9-]+$/);
  });
});

describe('date extractor: contract', () => {
  it('has id and version', () => {
    expect(dateExtractor.id).toBe('date');
    expect(dateExtractor.version).toBe('1');
  });

  it('records what was inferred rather than stated', () => {
    const [m] = extract('Ukraine announced on 8 February that talks began.', MON);
    expect(m).toMatchObject({ text: '8 February', value: '2024-02-08', anchor: 'document', inferred: ['year'] });
    const [abs] = extract('The treaty was signed on 10 February 2022.', MON);
    expect(abs).toMatchObject({ anchor: null, inferred: [] });
  });

  it('skips boilerplate sentences', () => {
    const ctx = contextFor('The talks were held on 2022-02-10.', THU);
    for (const s of ctx.sentences) s.boilerplate = true;
    expect(dateExtractor.extract(ctx)).toEqual([]);
  });

  it('is deterministic and never reads the clock', () => {
    const text = 'The ministers will meet on Monday, two years after the talks of May 2020.';
    const a = extract(text, THU);
    const b = extract(text, THU);
    expect(a).toEqual(b);
    expect(extract(text, '2030-06-05').find((m) => m.text === 'Monday')!.value).toBe('2030-06-10');
  });

  it('gives every mention its sentence and exact text', () => {
    const text = 'He arrived on Monday.\nThe talks end on 2022-02-10. They resume next week.';
    const ctx = contextFor(text, THU);
    for (const m of dateExtractor.extract(ctx)) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      const s = ctx.sentences[m.sentence];
      expect(m.start).toBeGreaterThanOrEqual(s.start);
      expect(m.end).toBeLessThanOrEqual(s.end);
    }
  });

  it('never throws on odd text, and stays fast on long runs', () => {
    const odd = [
      '', ' ', '\u0000', '2022-13-45', '99:99', "''''", '1-'.repeat(3000), 'May '.repeat(2000), 'a '.repeat(5000), '\t'.repeat(5000) + 'x', '12:'.repeat(2000), 'the past '.repeat(1000),
      'compared with $1 '.repeat(2000) + 'last year', 'today '.repeat(3000), 'Friday and '.repeat(2000), 'that day '.repeat(2000), '('.repeat(5000) + 'Monday',
      'BRUSSELS, '.repeat(500) + 'February 9 --', 'as '.repeat(3000) + 'today', 'the quarter '.repeat(2000), '5 1/2 '.repeat(2000),
    ];
    for (const text of odd) {
      const t0 = performance.now();
      expect(() => extract(text, THU)).not.toThrow();
      expect(performance.now() - t0).toBeLessThan(2000);
    }
  });
});

describe('calendar', () => {
  it('daysInMonth answers as Date.UTC does (by arithmetic for four-digit years)', () => {
    for (let y = -5; y <= 10_100; y += y < 120 || (y > 1890 && y < 2110) || y > 9980 ? 1 : 7) {
      for (let m = 0; m <= 13; m++) expect(daysInMonth(y, m), `${y}-${m}`).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
    }
    expect(daysInMonth(Number.NaN, 2)).toBeNaN();
  });
});
