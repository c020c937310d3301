/**
 * How long Redress keeps a complaint's personal details: as long as the engine keeps the complaint's history (each
 * diagram's history time to live, counted from when its process ended), then the person goes and the figures stay.
 */
package uk.redress.retention;
