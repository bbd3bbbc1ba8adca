namespace SiteGen.Events;

/// <summary>
/// What an actor is: a person; a country (by name, capital or inhabitants); an organisation (company, NGO, union,
/// medium, advisory body); an institution (a body of the state: chamber, cabinet, ministry, court, agency, municipality);
/// a political party. <see cref="Other"/> is a name whose kind the text does not show.
/// </summary>
public enum ActorKind { Person, Country, Organisation, Other, Institution, Party }
