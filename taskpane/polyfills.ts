// Office 2016/2019 (volume licence) run the pane in Internet Explorer 11: the language features the code and
// src/core use (Promise, Map, Object.entries, String#includes, Array#find, ...) come from core-js there.
import 'core-js/es';
import 'core-js/web/dom-collections';
