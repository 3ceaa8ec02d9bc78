/**
 * The county's complaint line printed on the report page (公开信访电话). 12345 is the national government
 * service hotline every county answers; a county with a line of its own puts it here. A module of its own so
 * the report page does not carry the hazard rules with it.
 */
export const COUNTY_COMPLAINT_PHONE = '12345'
