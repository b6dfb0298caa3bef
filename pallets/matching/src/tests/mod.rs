mod bad_input;
mod markets;
mod orders;
mod property;
mod settlement;
