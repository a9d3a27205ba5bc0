// The regular expressions of pact-js's V2 matchers, copied verbatim (they differ from the V3 ones).
/** pact-js's EMAIL_FORMAT regex. */
export const EMAIL_FORMAT = '^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+.[a-zA-Z]{2,}$';
/** pact-js's ISO8601_DATE_FORMAT regex. */
export const ISO8601_DATE_FORMAT =
  '^([\\+-]?\\d{4}(?!\\d{2}\\b))((-?)((0[1-9]|1[0-2])(\\3([12]\\d|0[1-9]|3[01]))?|W([0-4]\\d|5[0-2])' +
  '(-?[1-7])?|(00[1-9]|0[1-9]\\d|[12]\\d{2}|3([0-5]\\d|6[1-6])))?)$';
/** pact-js's ISO8601_DATETIME_FORMAT regex. */
export const ISO8601_DATETIME_FORMAT = '^\\d{4}-[01]\\d-[0-3]\\dT[0-2]\\d:[0-5]\\d:[0-5]\\d([+-][0-2]\\d:[0-5]\\d|Z)$';
/** pact-js's ISO8601_DATETIME_WITH_MILLIS_FORMAT regex. */
export const ISO8601_DATETIME_WITH_MILLIS_FORMAT =
  '^\\d{4}-[01]\\d-[0-3]\\dT[0-2]\\d:[0-5]\\d:[0-5]\\d\\.\\d+([+-][0-2]\\d(:?[0-5]\\d)?|Z)$';
/** pact-js's ISO8601_TIME_FORMAT regex. */
export const ISO8601_TIME_FORMAT = '^(T\\d\\d:\\d\\d(:\\d\\d)?(\\.\\d+)?(([+-]\\d\\d:\\d\\d)|Z)?)?$';
/** pact-js's RFC1123_TIMESTAMP_FORMAT regex. */
export const RFC1123_TIMESTAMP_FORMAT =
  '^(Mon|Tue|Wed|Thu|Fri|Sat|Sun),\\s\\d{2}\\s(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)' +
  '\\s\\d{4}\\s\\d{2}:\\d{2}:\\d{2}\\s(\\+|-)\\d{4}$';
/** pact-js's UUID_V4_FORMAT regex. */
export const UUID_V4_FORMAT = '^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$';
/** pact-js's IPV4_FORMAT regex. */
export const IPV4_FORMAT = '^(\\d{1,3}\\.)+\\d{1,3}$';
/** pact-js's IPV6_FORMAT regex. */
export const IPV6_FORMAT =
  '^(' +
  [
    '([0-9a-fA-F]{1,4}:){7,7}[0-9a-fA-F]{1,4}',
    '([0-9a-fA-F]{1,4}:){1,7}:',
    '([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}',
    '([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}',
    '([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}',
    '([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}',
    '([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}',
    '[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})',
    ':((:[0-9a-fA-F]{1,4}){1,7}|:)',
    'fe80:(:[0-9a-fA-F]{0,4}){0,4}%[0-9a-zA-Z]{1,}',
    '::(ffff(:0{1,4}){0,1}:){0,1}((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\\.){3,3}' +
      '(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])',
    '([0-9a-fA-F]{1,4}:){1,4}:((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\\.){3,3}' +
      '(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])',
  ].join('|') +
  ')$';
/** pact-js's HEX_FORMAT regex. */
export const HEX_FORMAT = '^[0-9a-fA-F]+$';
