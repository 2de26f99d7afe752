package dev.flotilla.factory;

/** The database contract on H2, the local default store. */
@FactoryIT
class H2DatabaseIT extends DatabaseContract {

}
