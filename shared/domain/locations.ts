// Where things live in the bucket: staff drop documents under incoming/, briefings are written under reports/.
export const INCOMING_PREFIX = 'incoming/';
export const REPORTS_PREFIX = 'reports/';
