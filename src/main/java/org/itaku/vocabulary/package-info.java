/**
 * The shared vocabulary every module speaks: the data item codes with their legal flags, operator kinds, who
 * discovered an incident, counts of persons and Japanese dates. It has no state and depends on no other module, so
 * that every module can use it and no two modules keep their own copy of a code list.
 */
package org.itaku.vocabulary;
