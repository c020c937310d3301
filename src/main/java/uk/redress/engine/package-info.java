/**
 * The one place Redress reaches into Camunda's internals ({@code org.camunda.bpm.engine.impl}): the engine offers
 * no public extension point for who may be given a task, so the task authorization provider is replaced here, and
 * work that must run without the signed-in person's authorizations uses the engine's command context. Everything
 * else in Redress uses the public API only, so moving engines touches this package alone.
 */
package uk.redress.engine;
