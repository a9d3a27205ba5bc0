/**
 * Conformance cases modelled on the Pact Specification's own test cases (V1 to V4):
 * `{ match, comment, expected, actual }`, matched through the public, file-shaped API.
 */
import { matchMessage, matchRequest, matchResponse, type SpecVersion } from '@treaty/core';

type Kind = 'request' | 'response' | 'message';
type Case = [SpecVersion, Kind, string, boolean, unknown, unknown];

const MATCHERS = { request: matchRequest, response: matchResponse, message: matchMessage };

const req = (extra: Record<string, unknown> = {}) => ({ method: 'POST', path: '/path', query: '', headers: {}, ...extra });
const req3 = (extra: Record<string, unknown> = {}) => ({ method: 'POST', path: '/path', query: {}, headers: {}, ...extra });
const json = { 'Content-Type': 'application/json' };
const v4body = (content: unknown, contentType = 'application/json') => ({ content, contentType, encoded: false });

const methodPathQuery: Case[] = [
  ['V1', 'request', 'method matches', true, req({ method: 'POST' }), req({ method: 'POST' })],
  ['V1', 'request', 'method is different case', true, req({ method: 'POST' }), req({ method: 'post' })],
  ['V1', 'request', 'different method', false, req({ method: 'POST' }), req({ method: 'PUT' })],
  ['V1', 'request', 'path matches', true, req({ path: '/path/to/something' }), req({ path: '/path/to/something' })],
  ['V1', 'request', 'incorrect path', false, req({ path: '/path/to/something' }), req({ path: '/path/to/something/else' })],
  ['V1', 'request', 'missing trailing slash in path', false, req({ path: '/path/to/something/' }), req({ path: '/path/to/something' })],
  ['V1', 'request', 'unexpected trailing slash in path', false, req({ path: '/path/to/something' }), req({ path: '/path/to/something/' })],
  ['V1', 'request', 'empty path found when forward slash expected', false, req({ path: '/' }), req({ path: '' })],
  ['V1', 'request', 'forward slash found when empty path expected', false, req({ path: '' }), req({ path: '/' })],
  ['V1', 'request', 'query matches', true, req({ query: 'alligator=Mary&hippo=John' }), req({ query: 'alligator=Mary&hippo=John' })],
  ['V1', 'request', 'different param order', true, req({ query: 'alligator=Mary&hippo=John' }), req({ query: 'hippo=John&alligator=Mary' })],
  ['V1', 'request', 'trailing ampersand', true, req({ query: 'alligator=Mary&hippo=John' }), req({ query: 'alligator=Mary&hippo=John&' })],
  ['V1', 'request', 'different param values', false, req({ query: 'alligator=Mary&hippo=John' }), req({ query: 'alligator=Mary&hippo=Fred' })],
  ['V1', 'request', 'missing params', false, req({ query: 'alligator=Mary&hippo=John' }), req({ query: 'alligator=Mary' })],
  ['V1', 'request', 'unexpected param', false, req({ query: 'alligator=Mary' }), req({ query: 'alligator=Mary&hippo=John' })],
  ['V1', 'request', 'equals in the query value', true, req({ query: 'options=delete.topic.enable=true&broker=1' }), req({ query: 'options=delete.topic.enable%3Dtrue&broker=1' })],
  ['V1', 'request', 'same parameter multiple times in different order', false, req({ query: 'animal=alligator&animal=hippo' }), req({ query: 'animal=hippo&animal=alligator' })],
  ['V2', 'request', 'path matches with regex', true, req({ path: '/path/1234', matchingRules: { '$.path': { match: 'regex', regex: '/path/\\d+' } } }), req({ path: '/path/5678' })],
  ['V2', 'request', 'path does not match regex', false, req({ path: '/path/1234', matchingRules: { '$.path': { match: 'regex', regex: '/path/\\d+' } } }), req({ path: '/path/abc' })],
  ['V2', 'request', 'query matches with regex', true, req({ query: 'hippo=John', matchingRules: { '$.query.hippo': { match: 'regex', regex: '\\w+' } } }), req({ query: 'hippo=Fred' })],
  ['V3', 'request', 'same parameter different values', false, req3({ query: { animal: ['alligator', 'hippo'] } }), req3({ query: { animal: ['alligator', 'elephant'] } })],
  ['V3', 'request', 'same parameter multiple times', true, req3({ query: { animal: ['alligator', 'hippo'], hippo: ['Fred'] } }), req3({ query: { hippo: ['Fred'], animal: ['alligator', 'hippo'] } })],
  ['V3', 'request', 'unexpected param (V3)', false, req3({ query: { alligator: ['Mary'] } }), req3({ query: { alligator: ['Mary'], elephant: ['x'] } })],
  ['V3', 'request', 'query regex rule', true, req3({ query: { hippo: ['John'] }, matchingRules: { query: { hippo: { matchers: [{ match: 'regex', regex: '\\w+' }] } } } }), req3({ query: { hippo: ['Fred'] } })],
  ['V3', 'request', 'query integer rule reads text', true, req3({ query: { id: ['1'] }, matchingRules: { query: { id: { matchers: [{ match: 'integer' }] } } } }), req3({ query: { id: ['42'] } })],
  ['V3', 'request', 'query integer rule rejects text', false, req3({ query: { id: ['1'] }, matchingRules: { query: { id: { matchers: [{ match: 'integer' }] } } } }), req3({ query: { id: ['4x'] } })],
  ['V3', 'request', 'query min type allows more values', true, req3({ query: { id: ['1'] }, matchingRules: { query: { id: { matchers: [{ match: 'type', min: 1 }] } } } }), req3({ query: { id: ['1', '2', '3'] } })],
  ['V4', 'request', 'V4 query matches', true, req3({ query: { a: ['1'] } }), req3({ query: { a: ['1'] } })],
];

const headers: Case[] = [
  ['V1', 'request', 'header matches', true, req({ headers: { Accept: 'alligators', 'Content-Type': 'hippos' } }), req({ headers: { 'Content-Type': 'hippos', Accept: 'alligators' } })],
  ['V1', 'request', 'header name is different case', true, req({ headers: { Accept: 'alligators' } }), req({ headers: { ACCEPT: 'alligators' } })],
  ['V1', 'request', 'header value is different case', false, req({ headers: { Type: 'alligators' } }), req({ headers: { Type: 'Alligators' } })],
  ['V1', 'request', 'unexpected header found', true, req({ headers: {} }), req({ headers: { Accept: 'alligators' } })],
  ['V1', 'request', 'whitespace after comma different', true, req({ headers: { 'Cache-Control': 'alligators,hippos' } }), req({ headers: { 'Cache-Control': 'alligators, hippos' } })],
  ['V1', 'request', 'order of comma separated header values different', false, req({ headers: { Accept: 'alligators, hippos' } }), req({ headers: { Accept: 'hippos, alligators' } })],
  ['V1', 'request', 'missing header', false, req({ headers: { Accept: 'alligators' } }), req({ headers: {} })],
  ['V3', 'request', 'matches content type with charset', true, req3({ headers: { 'Content-Type': 'application/json' } }), req3({ headers: { 'Content-Type': 'application/json;charset=UTF-8' } })],
  ['V3', 'request', 'content type parameters in different order', true, req3({ headers: { 'Content-Type': 'application/x-thrift; charset=utf-8; protocol=TJSON' } }), req3({ headers: { 'Content-Type': 'application/x-thrift; protocol=TJSON; charset=UTF-8' } })],
  ['V3', 'request', 'content type charset different', false, req3({ headers: { 'Content-Type': 'application/json; charset=UTF-8' } }), req3({ headers: { 'Content-Type': 'application/json; charset=UTF-16' } })],
  ['V3', 'request', 'content type different', false, req3({ headers: { 'Content-Type': 'application/json' } }), req3({ headers: { 'Content-Type': 'text/plain' } })],
  ['V3', 'request', 'header regex matches', true, req3({ headers: { Accept: 'alligators' }, matchingRules: { header: { Accept: { matchers: [{ match: 'regex', regex: '\\w+' }] } } } }), req3({ headers: { accept: 'hippos' } })],
  ['V3', 'request', 'header regex does not match', false, req3({ headers: { Accept: 'alligators' }, matchingRules: { header: { Accept: { matchers: [{ match: 'regex', regex: '\\d+' }] } } } }), req3({ headers: { Accept: 'hippos' } })],
  ['V2', 'response', 'V2 header regex', true, { status: 200, headers: { 'X-Id': '1' }, matchingRules: { '$.headers.X-Id': { match: 'regex', regex: '\\d+' } } }, { status: 200, headers: { 'X-Id': '99' } }],
  ['V4', 'response', 'Accept value that is not a media type is compared exactly', false, { headers: { Accept: 'lizards' } }, { headers: { Accept: 'Lizards' } }],
  ['V3', 'request', 'Content-Type value that is not a media type is compared exactly', false, req3({ headers: { 'Content-Type': 'geckos' } }), req3({ headers: { 'Content-Type': 'GECKOS' } })],
  ['V1', 'response', 'response empty headers', true, { status: 200, headers: {} }, { status: 200, headers: {} }],
  ['V4', 'request', 'content type and accept charset in different case', true, { headers: { Accept: 'application/json;charset=utf-8', 'Content-Type': 'application/json;charset=utf-8' } }, { headers: { Accept: 'application/json; charset=UTF-8', 'Content-Type': 'application/json; charset=UTF-8' } }],
  ['V4', 'request', 'content type parameters in different order over lines', true, req3({ headers: { 'Content-Type': 'Text/x-Okie; charset=iso-8859-1;\n    declaration="<950118.AEB0@XIson.com>"' } }), req3({ headers: { 'Content-Type': 'Text/x-Okie; declaration="<950118.AEB0@XIson.com>";\n    charset=iso-8859-1' } })],
  ['V4', 'request', 'header regex without query', true, { method: 'POST', path: '/path', headers: { Accept: 'alligators' }, matchingRules: { header: { Accept: { matchers: [{ match: 'regex', regex: '\\w+' }] } } } }, { method: 'POST', path: '/path', headers: { Accept: 'crocodiles' } }],
  ['V4', 'response', 'V4 header arrays', true, { status: 200, headers: { 'X-A': ['1', '2'] } }, { status: 200, headers: { 'x-a': ['1, 2'] } }],
];

const status: Case[] = [
  ['V1', 'response', 'status matches', true, { status: 202 }, { status: 202 }],
  ['V1', 'response', 'different status', false, { status: 202 }, { status: 400 }],
  ['V4', 'response', 'statusCode success class', true, { status: 200, matchingRules: { status: { matchers: [{ match: 'statusCode', status: 'success' }] } } }, { status: 204 }],
  ['V4', 'response', 'statusCode success class fails', false, { status: 200, matchingRules: { status: { matchers: [{ match: 'statusCode', status: 'success' }] } } }, { status: 404 }],
  ['V4', 'response', 'statusCode list', true, { status: 200, matchingRules: { status: { matchers: [{ match: 'statusCode', status: [200, 201] }] } } }, { status: 201 }],
];

const responseBodies: Case[] = [
  ['V1', 'response', 'body matches', true, { body: { alligator: { name: 'Mary', feet: 4, favouriteColours: ['red', 'blue'] } } }, { body: { alligator: { feet: 4, name: 'Mary', favouriteColours: ['red', 'blue'] } } }],
  ['V1', 'response', 'array in different order', false, { body: { colours: ['red', 'blue'] } }, { body: { colours: ['blue', 'red'] } }],
  ['V1', 'response', 'different value found at index', false, { body: { colours: ['red', 'blue'] } }, { body: { colours: ['red', 'green'] } }],
  ['V1', 'response', 'different value found at key', false, { body: { a: { name: 'Mary' } } }, { body: { a: { name: 'Fred' } } }],
  ['V1', 'response', 'missing body', true, { headers: {} }, { body: { a: 1 } }],
  ['V1', 'response', 'missing index', false, { body: { colours: ['red', 'blue'] } }, { body: { colours: ['red'] } }],
  ['V1', 'response', 'missing key', false, { body: { a: { name: 'Mary', age: 3 } } }, { body: { a: { name: 'Mary' } } }],
  ['V1', 'response', 'not null found at key when null expected', false, { body: { a: { name: null } } }, { body: { a: { name: 'Mary' } } }],
  ['V1', 'response', 'null found at key where not null expected', false, { body: { a: { name: 'Mary' } } }, { body: { a: { name: null } } }],
  ['V1', 'response', 'null found in array when not null expected', false, { body: ['a', 'b'] }, { body: ['a', null] }],
  ['V1', 'response', 'number found at key when string expected', false, { body: { a: { number: '1' } } }, { body: { a: { number: 1 } } }],
  ['V1', 'response', 'string found in array when number expected', false, { body: [1, 2] }, { body: [1, '2'] }],
  ['V1', 'response', 'property name is different case', false, { body: { a: { FavouriteColour: 'red' } } }, { body: { a: { favouritecolour: 'red' } } }],
  ['V1', 'response', 'unexpected key with not null value', true, { body: { a: { name: 'Mary' } } }, { body: { a: { name: 'Mary', age: 3 } } }],
  ['V1', 'response', 'unexpected key with null value', true, { body: { a: { name: 'Mary' } } }, { body: { a: { name: 'Mary', age: null } } }],
  ['V1', 'response', 'unexpected index with not null value', false, { body: ['red'] }, { body: ['red', 'blue'] }],
  ['V1', 'response', 'unexpected index with null value', false, { body: ['red'] }, { body: ['red', null] }],
  ['V1', 'response', 'keys out of order match', true, { body: { a: 1, b: 2 } }, { body: { b: 2, a: 1 } }],
  ['V1', 'response', 'deeply nested objects', true, { body: { a: { b: { c: { d: [{ e: 1 }] } } } } }, { body: { a: { b: { c: { d: [{ e: 1 }] } } } } }],
  ['V1', 'response', 'objects in array no matches', false, { body: [{ favouriteColor: 'red' }] }, { body: [{ favouriteColor: 'blue' }] }],
  ['V1', 'response', 'objects in array with extra item', false, { body: [{ c: 'red' }] }, { body: [{ c: 'red' }, { c: 'blue' }] }],
  ['V1.1', 'response', 'plain text that matches', true, { headers: { 'Content-Type': 'text/plain' }, body: 'alligator named mary' }, { headers: { 'Content-Type': 'text/plain' }, body: 'alligator named mary' }],
  ['V1.1', 'response', 'plain text that does not match', false, { headers: { 'Content-Type': 'text/plain' }, body: 'alligator named mary' }, { headers: { 'Content-Type': 'text/plain' }, body: 'alligator named fred' }],
  ['V1.1', 'response', 'null body', true, { body: null }, { body: null }],
  ['V1.1', 'response', 'not null body found when null expected', false, { body: null }, { body: { a: 1 } }],
  ['V1.1', 'response', 'no body found when null expected', true, { body: null }, {}],
  ['V2', 'response', 'matches with regex', true, { body: { a: { name: 'Mary' } }, matchingRules: { '$.body.a.name': { match: 'regex', regex: '\\w+' } } }, { body: { a: { name: 'Harry' } } }],
  ['V2', 'response', 'matches with type', true, { body: { a: { name: 'Mary', feet: 4 } }, matchingRules: { '$.body.a.name': { match: 'type' }, '$.body.a.feet': { match: 'type' } } }, { body: { a: { name: 'Harry', feet: 10 } } }],
  ['V2', 'response', 'type mismatch', false, { body: { a: { feet: 4 } }, matchingRules: { '$.body.a.feet': { match: 'type' } } }, { body: { a: { feet: '4' } } }],
  ['V2', 'response', 'array with type matcher', true, { body: { myDates: [10] }, matchingRules: { '$.body.myDates': { match: 'type' }, '$.body.myDates[*]': { match: 'type' } } }, { body: { myDates: [20, 5, 1910] } }],
  ['V2', 'response', 'array with type matcher mismatch', false, { body: { myDates: [10] }, matchingRules: { '$.body.myDates': { match: 'type' }, '$.body.myDates[*]': { match: 'type' } } }, { body: { myDates: [20, 'x', 1910] } }],
  ['V2', 'response', 'array with regex matcher', true, { body: { myDates: ['29/10/2015'] }, matchingRules: { '$.body.myDates': { match: 'type' }, '$.body.myDates[*]': { match: 'regex', regex: '\\d{2}/\\d{2}/\\d{4}' } } }, { body: { myDates: ['01/11/2010', '15/12/2014'] } }],
  // Unlisted keys under a wildcard rule are not compared with a sibling's example (age 39 beside name 'Any name').
  ['V2', 'response', 'additional property with type matcher', true, { body: { myPerson: { name: 'Any name' } }, matchingRules: { '$.body.myPerson.*': { match: 'type' } } }, { body: { myPerson: { name: 'Jon', age: 39, nationality: 'Australian' } } }],
  ['V3', 'response', 'additional property with type matcher that does not match', false, { body: { myPerson: { name: 'Any name' } }, matchingRules: { body: { '$.myPerson.*': { matchers: [{ match: 'type' }] } } } }, { body: { myPerson: { name: 39, age: 39 } } }],
  ['V3', 'request', 'unlisted key under a wildcard rule is still unexpected in a request', false, req3({ headers: json, body: { p: { name: 'A' } }, matchingRules: { body: { '$.p.*': { matchers: [{ match: 'type' }] } } } }), req3({ headers: json, body: { p: { name: 'B', age: 3 } } })],
  ['V2', 'response', 'objects in array type matching', true, { body: [{ name: 'John Smith', age: 50 }], matchingRules: { '$.body': { min: 1, match: 'type' }, '$.body[*].*': { match: 'type' } } }, { body: [{ name: 'Peter', age: 22 }, { name: 'Jane', age: 30 }] }],
  ['V2', 'response', 'matches with floats', true, { body: { price: 1.5 }, matchingRules: { '$.body.price': { match: 'type' } } }, { body: { price: 2.25 } }],
  ['V3', 'response', 'min type violated', false, { body: { items: [1, 2] }, matchingRules: { body: { '$.items': { matchers: [{ match: 'type', min: 2 }] } } } }, { body: { items: [1] } }],
  ['V3', 'response', 'max type violated', false, { body: { items: [1] }, matchingRules: { body: { '$.items': { matchers: [{ match: 'type', max: 2 }] } } } }, { body: { items: [1, 2, 3] } }],
  ['V3', 'response', 'integer matcher', true, { body: { id: 1 }, matchingRules: { body: { '$.id': { matchers: [{ match: 'integer' }] } } } }, { body: { id: 99 } }],
  ['V3', 'response', 'integer matcher on string in body', false, { body: { id: 1 }, matchingRules: { body: { '$.id': { matchers: [{ match: 'integer' }] } } } }, { body: { id: '99' } }],
  ['V3', 'response', 'decimal matcher', true, { body: { v: 1.5 }, matchingRules: { body: { '$.v': { matchers: [{ match: 'decimal' }] } } } }, { body: { v: 10.25 } }],
  ['V3', 'response', 'number matcher', true, { body: { v: 1.5 }, matchingRules: { body: { '$.v': { matchers: [{ match: 'number' }] } } } }, { body: { v: 10 } }],
  ['V3', 'response', 'timestamp matcher', true, { body: { t: '2020-01-01T10:00:00' }, matchingRules: { body: { '$.t': { matchers: [{ match: 'timestamp', timestamp: "yyyy-MM-dd'T'HH:mm:ss" }] } } } }, { body: { t: '2024-12-31T23:59:59' } }],
  ['V3', 'response', 'timestamp matcher fails', false, { body: { t: '2020-01-01T10:00:00' }, matchingRules: { body: { '$.t': { matchers: [{ match: 'timestamp', timestamp: "yyyy-MM-dd'T'HH:mm:ss" }] } } } }, { body: { t: '2024-13-31T23:59:59' } }],
  ['V3', 'response', 'date matcher', true, { body: { d: '2020-01-01' }, matchingRules: { body: { '$.d': { matchers: [{ match: 'date', date: 'yyyy-MM-dd' }] } } } }, { body: { d: '1999-02-28' } }],
  ['V3', 'response', 'time matcher', true, { body: { t: '10:00' }, matchingRules: { body: { '$.t': { matchers: [{ match: 'time', time: 'HH:mm' }] } } } }, { body: { t: '23:15' } }],
  ['V3', 'response', 'OR combine', true, { body: { v: 1 }, matchingRules: { body: { '$.v': { combine: 'OR', matchers: [{ match: 'null' }, { match: 'integer' }] } } } }, { body: { v: null } }],
  ['V3', 'response', 'AND combine', false, { body: { v: 'ab' }, matchingRules: { body: { '$.v': { combine: 'AND', matchers: [{ match: 'regex', regex: '\\w+' }, { match: 'include', value: 'z' }] } } } }, { body: { v: 'abc' } }],
  ['V3', 'response', 'values matcher', true, { body: { a: { x: 1 } }, matchingRules: { body: { '$.a': { matchers: [{ match: 'values' }] } } } }, { body: { a: { y: 1, z: 1 } } }],
  ['V3', 'response', 'values matcher compares values', false, { body: { a: { x: 1 } }, matchingRules: { body: { '$.a': { matchers: [{ match: 'values' }] } } } }, { body: { a: { y: 1, z: 2 } } }],
  ['V3', 'response', 'values matcher with type on values', true, { body: { a: { x: 1 } }, matchingRules: { body: { '$.a': { matchers: [{ match: 'values' }] }, '$.a.*': { matchers: [{ match: 'type' }] } } } }, { body: { a: { y: 5, z: 2 } } }],
  ['V4', 'response', 'eachKey', true, { body: v4body({ a: { x1: 1 } }), matchingRules: { body: { '$.a': { matchers: [{ match: 'eachKey', rules: [{ match: 'regex', regex: 'x\\d' }] }] } } } }, { body: v4body({ a: { x1: 1, x2: 1 } }) }],
  ['V4', 'response', 'eachKey fails', false, { body: v4body({ a: { x1: 1 } }), matchingRules: { body: { '$.a': { matchers: [{ match: 'eachKey', rules: [{ match: 'regex', regex: 'x\\d' }] }] } } } }, { body: v4body({ a: { x1: 1, y: 1 } }) }],
  ['V4', 'response', 'eachValue', true, { body: v4body({ a: { x: 'abc' } }), matchingRules: { body: { '$.a': { matchers: [{ match: 'eachValue', rules: [{ match: 'regex', regex: '[a-z]+' }] }] } } } }, { body: v4body({ a: { p: 'x', q: 'yz' } }) }],
  ['V4', 'response', 'eachValue fails', false, { body: v4body({ a: { x: 'abc' } }), matchingRules: { body: { '$.a': { matchers: [{ match: 'eachValue', rules: [{ match: 'regex', regex: '[a-z]+' }] }] } } } }, { body: v4body({ a: { p: 'x', q: '12' } }) }],
  ['V4', 'response', 'arrayContains', true, { body: v4body({ items: [{ id: 1, kind: 'a' }, { id: 2, kind: 'b' }] }), matchingRules: { body: { '$.items': { matchers: [{ match: 'arrayContains', variants: [{ index: 0, rules: { '$.id': { matchers: [{ match: 'integer' }] } } }, { index: 1, rules: {} }] }] } } } }, { body: v4body({ items: [{ id: 2, kind: 'b' }, { id: 7, kind: 'a' }, { id: 3, kind: 'c' }] }) }],
  ['V4', 'response', 'arrayContains fails', false, { body: v4body({ items: [{ id: 1, kind: 'a' }] }), matchingRules: { body: { '$.items': { matchers: [{ match: 'arrayContains', variants: [{ index: 0, rules: {} }] }] } } } }, { body: v4body({ items: [{ id: 2, kind: 'a' }] }) }],
  ['V4', 'response', 'semver', true, { body: v4body({ v: '1.0.0' }), matchingRules: { body: { '$.v': { matchers: [{ match: 'semver' }] } } } }, { body: v4body({ v: '2.10.3-beta.1' }) }],
  ['V4', 'response', 'notEmpty fails', false, { body: v4body({ v: ['x'] }), matchingRules: { body: { '$.v': { matchers: [{ match: 'notEmpty' }] } } } }, { body: v4body({ v: [] }) }],
  ['V4', 'response', 'unknown rule is a mismatch', false, { body: v4body({ v: 1 }), matchingRules: { body: { '$.v': { matchers: [{ match: 'wibble' }] } } } }, { body: v4body({ v: 1 }) }],
  ['V4', 'response', 'V4 text body', true, { body: v4body('hello', 'text/plain') }, { body: v4body('hello', 'text/plain') }],
  ['V4', 'response', 'V4 body type mismatch', false, { body: v4body({ a: 1 }) }, { body: v4body('a=1', 'text/plain') }],
  ['V4', 'response', 'contentType rule on binary body', true, { body: { content: 'iVBORw0KGgo=', contentType: 'image/png', encoded: 'base64' }, matchingRules: { body: { $: { matchers: [{ match: 'contentType', value: 'image/png' }] } } } }, { body: { content: 'iVBORw0KGgoAAAANSUhEUg==', contentType: 'image/png', encoded: 'base64' } }],
];

const requestBodies: Case[] = [
  ['V1', 'request', 'request body matches', true, req({ headers: json, body: { a: 1 } }), req({ headers: json, body: { a: 1 } })],
  ['V1', 'request', 'request unexpected key', false, req({ headers: json, body: { a: 1 } }), req({ headers: json, body: { a: 1, b: 2 } })],
  ['V1', 'request', 'request unexpected key with null value', false, req({ headers: json, body: { a: 1 } }), req({ headers: json, body: { a: 1, b: null } })],
  ['V1', 'request', 'request missing key', false, req({ headers: json, body: { a: 1, b: 2 } }), req({ headers: json, body: { a: 1 } })],
  ['V1', 'request', 'request no body expected', true, req(), req({ headers: json, body: { a: 1 } })],
  ['V1', 'request', 'request body expected but missing', false, req({ headers: json, body: { a: 1 } }), req({ headers: json })],
  ['V1.1', 'request', 'plain text request', true, req({ headers: { 'Content-Type': 'text/plain' }, body: 'alligator named mary' }), req({ headers: { 'Content-Type': 'text/plain' }, body: 'alligator named mary' })],
  ['V1.1', 'request', 'empty body expected, body found', false, req({ headers: json, body: '' }), req({ headers: json, body: { a: 1 } })],
  ['V2', 'request', 'array with at least one element matching by example', true, req({ headers: json, body: { animals: [{ name: 'Fred' }] }, matchingRules: { '$.body.animals': { min: 1, match: 'type' }, '$.body.animals[*].*': { match: 'type' } } }), req({ headers: json, body: { animals: [{ name: 'Mary' }, { name: 'Susan' }] } })],
  ['V2', 'request', 'array with at least one element not matching example type', false, req({ headers: json, body: { animals: [{ name: 'Fred' }] }, matchingRules: { '$.body.animals': { min: 1, match: 'type' }, '$.body.animals[*].*': { match: 'type' } } }), req({ headers: json, body: { animals: [{ name: 'Mary' }, { name: 1 }] } })],
  ['V2', 'request', 'array size less than required', false, req({ headers: json, body: { animals: [{ name: 'Fred' }] }, matchingRules: { '$.body.animals': { min: 2, match: 'type' } } }), req({ headers: json, body: { animals: [{ name: 'Mary' }] } })],
  ['V2', 'request', 'array with nested array that matches', true, req({ headers: json, body: { animals: [{ name: 'Fred', children: [{ age: 9 }] }] }, matchingRules: { '$.body.animals': { min: 1, match: 'type' }, '$.body.animals[*].*': { match: 'type' }, '$.body.animals[*].children': { min: 1 }, '$.body.animals[*].children[*].*': { match: 'type' } } }), req({ headers: json, body: { animals: [{ name: 'Mary', children: [{ age: 3 }, { age: 5 }] }] } })],
  ['V2', 'request', 'array with nested array that does not match', false, req({ headers: json, body: { animals: [{ name: 'Fred', children: [{ age: 9 }] }] }, matchingRules: { '$.body.animals': { min: 1, match: 'type' }, '$.body.animals[*].*': { match: 'type' }, '$.body.animals[*].children': { min: 1 }, '$.body.animals[*].children[*].*': { match: 'type' } } }), req({ headers: json, body: { animals: [{ name: 'Mary', children: [{ age: '9' }] }] } })],
  ['V2', 'request', 'array with regular expression in element', true, req({ headers: json, body: { animals: [{ phoneNumber: '0415674567' }] }, matchingRules: { '$.body.animals': { min: 1, match: 'type' }, '$.body.animals[*].phoneNumber': { match: 'regex', regex: '\\d+' } } }), req({ headers: json, body: { animals: [{ phoneNumber: '333' }, { phoneNumber: '983479823479283478923' }] } })],
  ['V2', 'request', 'array with regular expression that does not match in element', false, req({ headers: json, body: { animals: [{ phoneNumber: '0415674567' }] }, matchingRules: { '$.body.animals': { min: 1 }, '$.body.animals[*].*': { match: 'type' }, '$.body.animals[*].phoneNumber': { match: 'regex', regex: '\\d+' } } }), req({ headers: json, body: { animals: [{ phoneNumber: '333' }, { phoneNumber: 'abc' }] } })],
  ['V3', 'request', 'matches with regex with bracket notation', true, req3({ headers: json, body: { 'two words': { 'first.name': 'Mary' } }, matchingRules: { body: { "$['two words']['first.name']": { matchers: [{ match: 'regex', regex: '\\w+' }] } } } }), req3({ headers: json, body: { 'two words': { 'first.name': 'Harry' } } })],
  ['V3', 'request', 'matches with regex xml', true,
    req3({ headers: { 'Content-Type': 'application/xml' }, body: '<?xml version="1.0" encoding="UTF-8"?><alligator name="Mary" feet="4"><favouriteColours><favouriteColour>red</favouriteColour><favouriteColour>blue</favouriteColour></favouriteColours></alligator>', matchingRules: { body: { "$.alligator['@name']": { matchers: [{ match: 'regex', regex: '\\w+' }] }, '$.alligator.favouriteColours.favouriteColour.#text': { matchers: [{ match: 'regex', regex: 'red|blue' }] } } } }),
    req3({ headers: { 'Content-Type': 'application/xml' }, body: '<?xml version="1.0" encoding="UTF-8"?><alligator name="Harry" feet="4"><favouriteColours><favouriteColour>blue</favouriteColour><favouriteColour>red</favouriteColour></favouriteColours></alligator>' })],
  ['V3', 'request', 'array size less than required (bare min rule)', false, req3({ headers: json, body: { animals: [{ name: 'Fred' }] }, matchingRules: { body: { '$.animals': { matchers: [{ min: 2 }] } } } }), req3({ headers: json, body: { animals: [{ name: 'Fred' }] } })],
  ['V3', 'request', 'regex with numeric bracket key', true, req3({ headers: json, body: { 2: { str: 'jildrdmxddnVzcQZfjCA' } }, matchingRules: { body: { "$['2'].str": { matchers: [{ match: 'regex', regex: '\\w+' }] } } } }), req3({ headers: json, body: { 2: { str: 'saldfhksajdhffdskkjh' } } })],
  ['V3', 'request', 'xml tag with at least one element', true,
    req3({ headers: { 'Content-Type': 'application/xml' }, body: '<?xml version="1.0" encoding="UTF-8"?><animals><alligator name="Fred"/></animals>', matchingRules: { body: { '$.animals': { matchers: [{ min: 1, match: 'type' }] }, '$.animals.alligator': { matchers: [{ match: 'type' }] } } } }),
    req3({ headers: { 'Content-Type': 'application/xml' }, body: '<?xml version="1.0" encoding="UTF-8"?><animals><alligator name="Mary"/><alligator name="Susan"/></animals>' })],
  ['V3', 'request', 'xml unexpected attribute with empty value in request', false, req3({ headers: { 'Content-Type': 'application/xml' }, body: '<alligator name="Mary"/>' }), req3({ headers: { 'Content-Type': 'application/xml' }, body: '<alligator name="Mary" phoneNumber=""/>' })],
  ['V3', 'request', 'xml not empty found when empty expected', false, req3({ headers: { 'Content-Type': 'application/xml' }, body: '<alligator name=""/>' }), req3({ headers: { 'Content-Type': 'application/xml' }, body: '<alligator name="Mary"/>' })],
  ['V3', 'request', 'null body no content type', true, req3({ body: null }), req3({ headers: json, body: null })],
  ['V3', 'request', 'missing body found when null expected', true, req3({ body: null }), req3()],
  ['V3', 'request', 'xml attribute differs', false, req3({ headers: { 'Content-Type': 'application/xml' }, body: '<a name="x"/>' }), req3({ headers: { 'Content-Type': 'application/xml' }, body: '<a name="y"/>' })],
  ['V3', 'request', 'xml unexpected element in request', false, req3({ headers: { 'Content-Type': 'application/xml' }, body: '<a><b/></a>' }), req3({ headers: { 'Content-Type': 'application/xml' }, body: '<a><b/><c/></a>' })],
  ['V2', 'request', 'xml at least one element by example', true,
    req({ headers: { 'Content-Type': 'application/xml' }, matchingRules: { '$.body.animals': { min: 1, match: 'type' }, '$.body.animals[0]': { match: 'type' } }, body: '<?xml version="1.0" encoding="UTF-8"?><animals><alligator name="Fred"/></animals>' }),
    req({ headers: { 'Content-Type': 'application/xml' }, body: '<?xml version="1.0" encoding="UTF-8"?><animals><alligator name="Mary"/><alligator name="Susan"/></animals>' })],
  ['V2', 'response', 'xml objects in array with type mismatching', false,
    { body: '<?xml version="1.0" encoding="UTF-8"?><people><person name="John Smith" age="50"/></people>', matchingRules: { '$.body[*]': { match: 'type' }, '$.body[*].*': { match: 'type' } } },
    { body: '<?xml version="1.0" encoding="UTF-8"?><people><person name="Peter Peterson" age="22" gender="Male"/><person/></people>' }],
  ['V3', 'request', 'form body matches', true, req3({ headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a=1&b=2' }), req3({ headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'b=2&a=1' })],
  ['V3', 'request', 'form body unexpected field', false, req3({ headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a=1' }), req3({ headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a=1&b=2' })],
  ['V3', 'request', 'form body with rule', true, req3({ headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a=1', matchingRules: { body: { '$.a': { matchers: [{ match: 'integer' }] } } } }), req3({ headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a=77' })],
  ['V3', 'request', 'body type mismatch', false, req3({ headers: json, body: { a: 1 } }), req3({ headers: { 'Content-Type': 'application/xml' }, body: '<a>1</a>' })],
  ['V4', 'request', 'V4 body matches', true, req3({ body: v4body({ a: [1, 2] }) }), req3({ body: v4body({ a: [1, 2] }) })],
  ['V4', 'request', 'V4 body with unexpected key', false, req3({ body: v4body({ a: 1 }) }), req3({ body: v4body({ a: 1, b: 2 }) })],
];

const v4Responses: Case[] = [
  ['V4', 'response', 'a rule at a path the body does not have is ignored (matches with floats)', true, { body: v4body([{ product: { price: 500.55 } }]), matchingRules: { body: { '$.product.price': { matchers: [{ match: 'regex', regex: '\\d(\\.\\d{1,2})' }] } } } }, { body: v4body([{ product: { price: 500.55 } }]) }],
  ['V4', 'response', 'matches with integers', true, { body: v4body({ alligator: { feet: 4 } }), matchingRules: { body: { '$.alligator.feet': { matchers: [{ match: 'regex', regex: '[0-9]' }] } } } }, { body: v4body({ alligator: { feet: 4 } }) }],
  ['V4', 'response', 'missing body found when empty expected', true, { body: null }, {}],
  ['V4', 'response', 'non empty body found when null expected', false, { body: v4body(null) }, { body: v4body({ a: 1 }) }],
  ['V4', 'response', 'empty body no content type', true, { body: { content: '' } }, { headers: json, body: { content: '' } }],
  ['V4', 'response', 'null body no content type', true, { body: { content: null } }, { headers: json, body: { content: null } }],
  ['V4', 'response', 'plain text regex matching', true, { body: v4body('alligator named mary', 'text/plain'), matchingRules: { body: { $: { matchers: [{ match: 'regex', regex: 'alligator.*' }] } } } }, { body: v4body('alligator named brent', 'text/plain') }],
  ['V4', 'response', 'plain text regex matching missing body', false, { headers: { 'Content-Type': 'text/plain' }, body: v4body('alligator named mary', 'text/plain'), matchingRules: { body: { $: { matchers: [{ match: 'regex', regex: 'alligator named .{4}' }] } } } }, { headers: { 'Content-Type': 'text/plain' } }],
  ['V4', 'response', 'objects in array type matching', true, { body: v4body([{ name: 'John Smith', age: 50 }]), matchingRules: { body: { $: { matchers: [{ match: 'type' }] }, '$[*]': { matchers: [{ match: 'type' }] } } } }, { body: v4body([{ name: 'Peter', age: 22, gender: 'Male' }, { name: 'John', age: 64 }]) }],
  ['V4', 'response', 'regex must match the whole text body, not a prefix', false, { body: v4body('lizard called sam', 'text/plain'), matchingRules: { body: { $: { matchers: [{ match: 'regex', regex: 'lizard called .{3}' }] } } } }, { body: v4body('lizard called samuel', 'text/plain') }],
  ['V4', 'response', 'regex must match the whole JSON value', false, { body: v4body({ code: 'ab1' }), matchingRules: { body: { '$.code': { matchers: [{ match: 'regex', regex: '[a-z]+\\d' }] } } } }, { body: v4body({ code: 'xy12' }) }],
  ['V4', 'response', 'array with type matcher mismatch', false, { body: v4body({ myDates: [10] }), matchingRules: { body: { '$.myDates[*]': { matchers: [{ match: 'type' }] } } } }, { body: v4body({ myDates: [20, 5, '100299'] }) }],
];

const xml = (content: string) => ({ headers: { 'Content-Type': 'application/xml' }, body: v4body(content, 'application/xml') });
const xmlWithRules = (content: string, rules: Record<string, unknown>) => ({ ...xml(content), matchingRules: { body: rules } });
const typeRule = { matchers: [{ match: 'type' }] };

const xmlResponses: Case[] = [
  ['V4', 'response', 'xml matches with attributes in other order', true, xml('<alligator name="Mary" feet="4"/>'), xml('<alligator feet="4" name="Mary"/>')],
  ['V4', 'response', 'xml array in different order (different names)', true, xml('<a><f><red/><blue/></f></a>'), xml('<a><f><blue/><red/></f></a>')],
  ['V4', 'response', 'xml unexpected index with non-empty value', true, xml('<a><c>red</c><c>blue</c></a>'), xml('<a><c>red</c><c>blue</c><c>taupe</c></a>')],
  ['V4', 'response', 'xml different value found at index', false, xml('<a><c>red</c><c>blue</c></a>'), xml('<a><c>red</c><c>purple</c></a>')],
  ['V4', 'response', 'xml value found when empty expected', false, xml('<a><n>1</n><n></n></a>'), xml('<a><n>1</n><n>2</n></a>')],
  ['V4', 'response', 'xml unexpected attribute in response', true, xml('<alligator name="Mary"/>'), xml('<alligator name="Mary" phoneNumber="123"/>')],
  ['V4', 'response', 'xml missing attribute', false, xml('<alligator name="Mary" age="3"></alligator>'), xml('<alligator age="3"></alligator>')],
  ['V4', 'response', 'xml different namespaces', false, xml('<a:alligator xmlns:a="urn:alligators"/>'), xml('<a:alligator xmlns:a="urn:crocodiles"/>')],
  ['V4', 'response', 'xml different namespace prefixes', true,
    xml('<alligator xmlns="urn:alligators" xmlns:names="urn:names" names:name="Mary"><favouriteNumbers xmlns:fn="urn:favourite:numbers"><fn:favouriteNumber>1</fn:favouriteNumber></favouriteNumbers></alligator>'),
    xml('<a:alligator xmlns:a="urn:alligators" xmlns:n="urn:names" n:name="Mary"><a:favouriteNumbers><favouriteNumber xmlns="urn:favourite:numbers">1</favouriteNumber></a:favouriteNumbers></a:alligator>')],
  ['V4', 'response', 'xml array with type matcher', true, xmlWithRules('<people><person>Fred</person></people>', { '$.people': typeRule, '$.people[*]': typeRule }), xml('<people><person>Fred</person><person>George</person><person>Cat</person></people>')],
  ['V4', 'response', 'xml array with type matcher mismatch', false, xmlWithRules('<people><person>Fred</person></people>', { '$.people': typeRule }), xml('<people><person>Fred</person><person>Fred</person><cat>Fred</cat></people>')],
  ['V4', 'response', 'xml array with regex matcher', true, xmlWithRules('<myDates><date>29/10/2015</date></myDates>', { '$.myDates': typeRule, "$.myDates[*].date['#text']": { matchers: [{ match: 'regex', regex: '\\d{2}/\\d{2}/\\d{4}' }] } }), xml('<myDates><date>01/11/2010</date><date>15/12/2014</date></myDates>')],
  ['V4', 'response', 'xml array with regex matcher fails', false, xmlWithRules('<myDates><date>29/10/2015</date></myDates>', { '$.myDates': typeRule, "$.myDates[*].date['#text']": { matchers: [{ match: 'regex', regex: '^\\d{2}/\\d{2}/\\d{4}$' }] } }), xml('<myDates><date>01/11/2010</date><date>2014-12-15</date></myDates>')],
  ['V4', 'response', 'xml top level with star attribute rules', true, xmlWithRules('<people><person id="1" name="A"/><cat id="2" name="B"/></people>', { "$.people.*['@id']": typeRule, "$.people.*['@name']": typeRule }), xml('<people><person id="9" name="X"/><cat id="8" name="Y"/></people>')],
];

const messages: Case[] = [
  ['V3', 'message', 'message matches with type', true, { contents: { a: { name: 'Mary', feet: 4 } }, matchingRules: { body: { '$.a.name': { matchers: [{ match: 'type' }] } } } }, { contents: { a: { name: 'Harry', feet: 4 } } }],
  ['V3', 'message', 'message unexpected key allowed', true, { contents: { a: 1 } }, { contents: { a: 1, b: 2 } }],
  ['V3', 'message', 'message array size less than required', false, { contents: { animals: [{ n: 'a' }] }, matchingRules: { body: { '$.animals': { matchers: [{ min: 2, match: 'type' }] } } } }, { contents: { animals: [{ n: 'b' }] } }],
  ['V3', 'message', 'message regex fails', false, { contents: { a: '1' }, matchingRules: { body: { '$.a': { matchers: [{ match: 'regex', regex: '\\d+' }] } } } }, { contents: { a: 'x' } }],
  ['V3', 'message', 'metadata matches', true, { contents: { a: 1 }, metadata: { contentType: 'application/json', topic: 'orders' } }, { contents: { a: 1 }, metadata: { 'content-type': 'application/json; charset=utf-8', topic: 'orders', extra: 1 } }],
  ['V3', 'message', 'metadata differs', false, { contents: { a: 1 }, metadata: { topic: 'orders' } }, { contents: { a: 1 }, metadata: { topic: 'payments' } }],
  ['V3', 'message', 'metadata rule', true, { contents: { a: 1 }, metadata: { key: 'k1' }, matchingRules: { metadata: { key: { matchers: [{ match: 'regex', regex: 'k\\d' }] } } } }, { contents: { a: 1 }, metadata: { key: 'k9' } }],
  ['V4', 'message', 'V4 null found at key where not null expected', false, { contents: v4body({ alligator: { name: 'Mary' } }) }, { contents: v4body({ alligator: { name: null } }) }],
  ['V4', 'message', 'V4 no body no content type', true, {}, { contents: v4body({ alligator: { age: 3 } }) }],
  ['V4', 'message', 'V4 content rules', true, { contents: v4body({ animals: [{ name: 'Fred' }] }), matchingRules: { content: { '$.animals': { matchers: [{ min: 1, match: 'type' }] }, '$.animals[*].*': { matchers: [{ match: 'type' }] } } } }, { contents: v4body({ animals: [{ name: 'Mary' }, { name: 'Susan' }] }) }],
  ['V4', 'message', 'V4 nested array does not match', false, { contents: v4body({ animals: [{ name: 'Fred', children: [{ age: 9 }] }] }), matchingRules: { content: { '$.animals': { matchers: [{ min: 1, match: 'type' }] }, '$.animals[*].*': { matchers: [{ match: 'type' }] }, '$.animals[*].children': { matchers: [{ min: 1 }] }, '$.animals[*].children[*].*': { matchers: [{ match: 'type' }] } } } }, { contents: v4body({ animals: [{ name: 'Mary', children: [{ age: '9' }] }] }) }],
];

const all = [...methodPathQuery, ...headers, ...status, ...responseBodies, ...v4Responses, ...xmlResponses, ...requestBodies, ...messages];

describe('Pact Specification style cases', () => {
  it.each(all)('%s %s: %s (match: %s)', (version, kind, _name, match, expected, actual) => {
    const result = MATCHERS[kind](expected, actual, { specVersion: version });
    expect({ ok: result.ok, mismatches: result.mismatches }).toEqual({ ok: match, mismatches: match ? [] : expect.any(Array) });
    if (!match) expect(result.mismatches.length).toBeGreaterThan(0);
  });
});
