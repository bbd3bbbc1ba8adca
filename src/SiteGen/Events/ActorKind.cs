namespace SiteGen.Events;

public enum ActorKind { Person, Country, Organisation, Other }
