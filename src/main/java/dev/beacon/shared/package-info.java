/**
 * What every module may use: typed ids, the exceptions services throw, and common UI widgets.
 * Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.beacon.shared;
