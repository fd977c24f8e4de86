// Where things live in the bucket: staff drop documents under incoming/, briefings are written under reports/.
export const INCOMING_PREFIX = 'incoming/';
/** an email's attachments are stored under its key plus this suffix: incoming/Fwd.eml.attachments/report.pdf */
export const ATTACHMENTS_SUFFIX = '.attachments/';
export const REPORTS_PREFIX = 'reports/';
