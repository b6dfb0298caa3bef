mod identities;
