/**
 * Demo data for the "demo" profile: teams, users and models a newcomer can explore at once.
 * Uses only the public services of the other modules, acting as real users.
 */
package dev.beacon.demo;
