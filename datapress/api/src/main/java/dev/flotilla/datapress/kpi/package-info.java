/**
 * Marketing KPIs (visits, orders, conversion rate, per campaign), generated
 * deterministically from the date as the seed has no database, served as JSON and CSV.
 */
@NullMarked
package dev.flotilla.datapress.kpi;

import org.jspecify.annotations.NullMarked;
