mod bad_input;
mod instructions;
mod markets;
mod offerings;
mod orders;
mod property;
mod reads;
mod settlement;
