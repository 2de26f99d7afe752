/**
 * Accounts: registration, login with signed JWT bearer tokens, the demo users, and the
 * admin's user list.
 */
package dev.flotilla.shop.account;
