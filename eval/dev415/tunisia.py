"""Tunisia: Sfax, the olive-grove camps of El Amra and Jebeniana, the 2023 expulsions to the
Libyan and Algerian borders, the National Guard at sea, shipwrecks and the dead."""

from _wrap import item

item(
    "Tunisia buses migrants to Libyan border after deadly Sfax clashes",
    """
SFAX, Tunisia, {{July 8}} (Reuters) - Tunisian security forces have driven [[hundreds of
sub-Saharan migrants|displaced;a=rights groups]] out of Sfax and left them in a closed military
zone near the Libyan border, rights groups said on {{Saturday}}. The removals began after
{{four nights}} of street clashes that followed the killing of a local man, aged {{41}}, for which
police arrested [[three Cameroonians|arrested]]. Human Rights Watch said [[at least 1,200
people|displaced;a=Human Rights Watch]], among them [[29 children|displaced;a=Human Rights
Watch]], had been taken to the Libyan and Algerian frontiers since {{July 2}}. Migrants reached
by phone said they had little water in temperatures above {{40C}}. The Tunisian Red Crescent
said it had brought food and water to [[about 630 people|aid;a=The Tunisian Red Crescent]]
stranded on the beach at Ras Jedir. In Sfax, residents said landlords had thrown [[dozens of
families|displaced;a=residents]] out of rented flats in the Haffara district under police
pressure.
""",
)

item(
    "Libyan guards find migrants' bodies in desert near Tunisian frontier",
    """
TRIPOLI, Libya, {{Aug 9}} (AP) - Libyan border guards said on {{Wednesday}} they had recovered
the bodies of [[27 migrants|killed;a=Libyan border guards]] in the desert near Al-Assah, close to
the Tunisian frontier, over the past {{three weeks}}. Patrols found [[another 191 people|other]]
alive, many of them badly dehydrated, and took them to a holding site in Al-Assah. The
International Organization for Migration said it had treated [[87 migrants|injured;a=The
International Organization for Migration]] for heatstroke, burns and dehydration in the area.
[[Some 350 people|displaced;a=the agency;alt=International Organization for Migration]] were
still stranded in the buffer zone at Ras Jedir, the agency said. Tunisia's interior ministry
denied abandoning anyone in the desert and said [[more than 630 migrants|displaced;a=Tunisia's
interior ministry]] had been moved to shelters in Tataouine and Medenine. The Libyan Red Crescent
said it had buried [[a further nine bodies|killed;a=The Libyan Red Crescent]] found near Wazin.
""",
)

item(
    "Dozens drown as metal boats sink off Sfax",
    """
SFAX, Tunisia, {{April 27}} (AFP) - The bodies of [[at least 29 migrants|killed;a=a National
Guard official]] were recovered after [[three makeshift metal boats|other;a=a National Guard
official]] sank off Sfax overnight, a National Guard official said on {{Thursday}}. Coast guard
crews pulled [[31 people|other;a=a National Guard official]] from the water alive, and [[about
20|missing;n=-;a=a National Guard official]] were still missing, he said. The welded iron boats,
cheap to build and quick to break apart, have become the vessel of choice for smugglers on the
Sfax coast since {{2022}}. The Tunisian Forum for Economic and Social Rights, which tracks
departures, says [[580 people|killed;a=The Tunisian Forum for Economic and Social Rights]]
drowned off the country's coast in {{2022}} and that [[more than 250 others|missing;a=The
Tunisian Forum for Economic and Social Rights]] were never found. Since the start of this year
the National Guard has stopped [[more than 14,000 people|other;a=the interior ministry]] trying
to cross, the interior ministry said.
""",
)

item(
    "Bulldozers clear migrant camps in El Amra olive groves",
    """
EL AMRA, Tunisia, {{April 5}} (Reuters) - National Guard units backed by bulldozers tore down
makeshift camps in the olive groves around El Amra on {{Friday}}, where [[an estimated 7,000
migrants|displaced;a=the National Guard]] had been living, the National Guard said. A National
Guard spokesman told the state news agency TAP that [[about 4,000|displaced;n=-;a=A National
Guard spokesman]] had already left the site and that the operation would go on until [[all 17
camps|housing;p;a=A National Guard spokesman]] in the area were cleared. Witnesses said [[more
than 300 tents|housing;a=Witnesses]] had been set alight and that [[dozens of
people|arrested;a=Witnesses]] were detained. Health officials in Sfax said [[seven
migrants|injured;a=Health officials in Sfax]] were treated at the city's Habib Bourguiba hospital.
The IOM said [[1,544 migrants|returned;p;a=The IOM]] from the camps had signed up for its
voluntary return programme in the week before the clearance. President Kais Saied has said that
Tunisia will not become a land of transit or settlement for migrants.
""",
)

item(
    "IOM charter flight takes Guineans home from Tunis",
    """
TUNIS, {{Nov 14}} - A charter flight carrying [[166 Guinean migrants|returned;a=the International
Organization for Migration]] left Tunis-Carthage airport for Conakry on {{Tuesday}}, the
{{fourth}} such flight this month, the International Organization for Migration said. The agency
said it had helped [[more than 7,000 migrants|returned;a=The agency;alt=International Organization
for Migration]] go home from Tunisia since {{January}}, against [[2,557|returned;n=-;a=The
agency;alt=International Organization for Migration]] in the whole of {{2023}}. It expects to
organise [[about 40 more flights|other;p;a=International Organization for Migration]] before the
end of the year. Each returnee is offered a reintegration grant of up to {{1,000 euros}}.
Diplomats in Tunis said [[about 1,000 Ivorians|returned;p;a=Diplomats in Tunis]] had registered
for flights to Abidjan before {{Christmas}}. Tunisian officials say [[some 20,000
migrants|civilians;a=Tunisian officials]] from sub-Saharan Africa remain in the Sfax region.
""",
)

item(
    "Tunisia says it stopped nearly 80,000 migrants at sea in 2023",
    """
TUNIS, {{Jan 16}} (Reuters) - Tunisia's National Guard intercepted or rescued [[79,635
migrants|other;a=the National Guard's spokesman]] off the country's coast in {{2023}}, more than
double the previous year's figure, the National Guard's spokesman said on {{Tuesday}}. About
{{77%}} of them were from sub-Saharan countries and the rest Tunisians, he said. He said the force
had recovered [[1,313 bodies|killed;a=the National Guard's spokesman]] from the sea and
arrested [[1,247 smugglers and organisers|arrested;n=smugglers and organisers;a=the National
Guard's spokesman]]. Coastal units seized [[more than 2,100 boats|other]] and [[140 outboard
engines|other;u=other]]. Italy's interior ministry recorded [[97,306 arrivals|displaced;a=Italy's
interior ministry]] from Tunisia over the same period. Tunisia is due to receive {{€105
million}} for border management under a memorandum signed with the European Union in {{July
2023}}.
""",
)

item(
    "Fishermen off Sfax haul the drowned from their nets",
    """
CHEBBA, Tunisia, {{Feb 20}} - Fishermen in Chebba say they now pull bodies from their nets almost
every week. "Last month we found [[four|killed;n=-;a=Mohamed]] in {{one morning}}," said Mohamed,
{{52}}, who has fished these waters for {{30 years}}. The morgue of Sfax's Habib Bourguiba
hospital, built to hold [[no more than 40 bodies|capacity;a=a regional health official]], was holding
[[more than 250|killed;n=-;a=a regional health official]] in {{April 2023}}, a regional health
official said at the time. Local authorities later buried [[more than 100 unidentified
migrants|killed]] in a new section of the cemetery in Agareb. Red Crescent volunteers in Mahdia
said they had recovered [[17 bodies|killed;a=Red Crescent volunteers in Mahdia]] on the beaches
between Chebba and Salakta since {{January}}. The National Guard said [[42 people|missing;a=The
National Guard]] were still unaccounted for after a boat capsized off Kerkennah on {{Feb 12}}, and
that [[11|other;n=-;a=The National Guard]] had been rescued.
""",
)

item(
    "Sfax police detain hundreds of migrants, charge Tunisian landlords",
    """
SFAX, Tunisia, {{Oct 3}} - Tunisian police detained [[more than 400 migrants|arrested;a=a
spokesman for the Sfax court]] in raids on flats and cafes in Sfax over the weekend, a spokesman
for the Sfax court said on {{Monday}}. He said [[52 Tunisians|arrested;a=a spokesman for the Sfax
court]] had been charged with housing or transporting migrants under a {{2004}} law that carries
prison terms of up to {{20 years}}. FTDES, a rights group, said [[between 120 and 150
families|displaced;a=FTDES]] had been evicted from their homes in the city in {{September}}.
[[Fourteen vehicles|other]] used to ferry migrants to departure points were seized. In a separate
case, [[four National Guard officers|arrested;a=the interior ministry]] were detained on suspicion
of taking bribes from smuggling networks, the interior ministry said. The National Guard has
deployed [[about 1,500 officers|combatants]] along the coast between Sfax and Mahdia for the
summer.
""",
)

item(
    "Migrants say Tunisian guards left them on the Algerian frontier",
    """
TOZEUR, Tunisia, {{Sept 2}} (Reuters) - Migrants interviewed by Reuters in Tunis said they had
been among [[about 150 people|displaced;a=Migrants interviewed by Reuters in Tunis]] driven in
[[four buses|other;a=Migrants interviewed by Reuters in Tunis]] to the border near Hazoua in
{{July}} and told to walk west into Algeria. "[[Two men|killed;a=Ibrahim]] died on the {{second}}
day," said Ibrahim, a {{23-year-old}} from Sierra Leone. Algerian police later detained [[about 60
of them|arrested;n=-;a=Ibrahim]] near El Oued, he said. The UN human rights office said on
{{Friday}} it had documented the expulsion of [[at least 1,800 migrants|displaced;a=The UN human
rights office]] to the Libyan and Algerian borders since early {{July}}. Tunisia's government said
[[more than 500 people|displaced;a=Tunisia's government]] had been moved to "safe places" inside
the country. The Libyan interior ministry said its patrols had taken in [[more than 700
migrants|displaced;a=The Libyan interior ministry]] who crossed from Tunisia.
""",
)

item(
    "MSF says it treated hundreds hurt in Sfax camps",
    """
SFAX, Tunisia, {{Feb 27}} - Médecins Sans Frontières said on {{Tuesday}} its mobile teams had
carried out [[more than 6,000 medical consultations|aid;u=other;a=Médecins Sans Frontières]] in the olive
groves north of Sfax since {{October}}. The charity said [[412 patients|injured;a=The
charity;alt=Médecins Sans Frontières]] had been treated for wounds, many of them from beatings,
dog bites or rubber bullets. It said [[about 9,000 people|civilians;a=Médecins Sans Frontières]]
in the camps had no reliable access to clean water. MSF handed out [[4,200 hygiene kits|aid]] and
[[1,800 tarpaulins|aid]] before the winter rains. Tunisia's health ministry did not respond to a
request for comment. The camps sprang up in {{September 2023}}, when police began moving migrants
out of the city centre.
""",
)

item(
    "Lampedusa overwhelmed as boats from Sfax pour in",
    """
LAMPEDUSA, Italy, {{Sept 13}} (Reuters) - [[More than 5,000 migrants|displaced;a=Italian
authorities]] landed on Lampedusa in the {{24 hours}} to {{Tuesday}} evening, most of them on
[[over 100 small boats|other;a=Italian authorities]] that had left Sfax, Italian authorities said.
The island's reception centre, built for [[about 400 people|capacity;a=the Italian Red Cross]], was
holding [[nearly 7,000|displaced;n=-;a=the Italian Red Cross]], the Italian Red Cross said. A
{{five-month-old}} baby drowned when a boat overturned during a transfer at sea. Prefecture
officials said [[up to 1,500 people|displaced;p;a=Prefecture officials]] would be moved to Sicily
by ferry on {{Wednesday}}. The Tunisian National Guard said it had intercepted [[2,507
migrants|other;a=The Tunisian National Guard]] off Sfax in the same {{two days}}.
""",
)

item(
    "Zarzis marches for sons lost at sea",
    """
ZARZIS, Tunisia, {{Oct 18}} (AFP) - [[Thousands of residents|other]] marched through Zarzis on
{{Tuesday}}, a month after a boat carrying [[18 young Tunisians|missing]] disappeared on its way to
Italy. The bodies of [[eight of them|killed;n=-]] have since washed ashore. Relatives said [[four of
the bodies|killed;a=Relatives]] had been buried in a cemetery for unidentified migrants before
families were told. The Tunisian Forum for Economic and Social Rights says [[more than 1,000
Tunisians|missing;a=The Tunisian Forum for Economic and Social Rights]] have disappeared at sea
since {{2011}}. The authorities said they had deployed [[about 60 divers and coast guard
officers|other;n=divers and coast guard officers;a=The authorities]] in the search. Zarzis'
governor said [[three suspected organisers|arrested;a=Zarzis' governor]] of the crossing were in
custody.
""",
)

item(
    "Tunisia and Libya agree to split migrants stranded at Ras Jedir",
    """
TRIPOLI, {{Aug 10}} (Reuters) - Libya and Tunisia agreed on {{Thursday}} to share responsibility for
[[about 300 migrants|displaced;a=Libya's interior minister]] stranded for weeks in the desert
border zone near Ras Jedir, Libya's interior minister said. Under the deal, Tunisia will take in
[[126 of them|displaced;n=-;p]] and Libya [[the other 150|displaced;p]]. Libyan border guards said
they had given water and food to [[more than 350 people|aid;a=Libyan border guards]] in the zone.
Rights groups say [[at least 25 people|killed;a=Rights groups]] died of thirst in the border areas
in {{July}}. The Libyan Red Crescent said it had moved [[43 women and children|displaced;n=women and
children;a=The Libyan Red Crescent]] to a shelter in Zuwara.
""",
)

item(
    "Rights group says Tunisian forces handed migrants to Libyan traffickers",
    """
TUNIS, {{Jan 29}} (AP) - Tunisian forces expelled migrants to the Libyan border and handed them
to armed groups and traffickers who held them for ransom, Human Rights Watch said in a report on
{{Wednesday}}. The rights group said [[at least 2,300 people|kidnapped;a=The rights
group;alt=Human Rights Watch]] had been handed over at the frontier between {{June 2023}} and
{{May 2024}}. Former detainees told researchers that [[at least seven people|killed;a=Former
detainees]] died in captivity. Traffickers released [[some 300 of them|kidnapped;n=-]] after
relatives paid ransoms of {{$300 to $1,000}}. [[About 40 women and children|kidnapped;n=women and
children;a=the group;alt=Human Rights Watch]] were still held in a warehouse near Zuwara in
{{March}}, the group said. Tunisian authorities say they returned [[8,000 migrants|returned;a=Tunisian
authorities]] to their home countries with the IOM in {{2024}}. Libyan officials said [[about 400
guards|combatants;a=Libyan officials]] had been posted along the frontier since the summer.
""",
)

item(
    "Clashes in El Amra olive groves leave guards and migrants hurt",
    """
EL AMRA, Tunisia, {{May 21}} (Reuters) - [[Two National Guard officers|injured;a=the National
Guard]] were hit by stones and [[at least nine migrants|injured;a=the National Guard]] were hurt
in clashes in the olive groves near El Amra on {{Tuesday}}, the National Guard said. The force said
it had arrested [[47 people|arrested;a=The force;alt=National Guard]]. [[About 200
officers|combatants]] with armoured vehicles were sent from Sfax to restore order. Migrants said
police had burned [[dozens of tents|housing;a=Migrants]] and [[about 70 shelters|housing;a=Migrants]] made of
plastic and olive branches, and taken their phones. Olive farmers say
the camps cover more than {{4,000 hectares}} of their land. Local officials estimate that
[[between 15,000 and 20,000 migrants|displaced;a=Local officials]] are living in the groves.
""",
)

item(
    "EU and Tunisia sign migration pact",
    """
TUNIS, {{July 16}} (Reuters) - The European Union and Tunisia signed a memorandum of understanding
on {{Sunday}} that offers the country {{€105 million}} to fight people smuggling and tighten its
borders, and {{€150 million}} in direct budget support. Brussels also held out the prospect of up
to {{€900 million}} in loans, tied to a deal with the International Monetary Fund on a {{$1.9
billion}} package that has been stalled since {{October 2022}}. Tunisia's economy grew by just
{{0.4%}} last year and unemployment stands at about {{16%}}. Critics said the pact ignored abuses
against migrants in Sfax earlier this month. President Kais Saied said his country would not act
as Europe's border guard.
""",
)

item(
    "Sfax court jails smuggler over deadly crossing",
    """
SFAX, Tunisia, {{Nov 22}} - A court in Sfax on {{Friday}} sentenced a {{38-year-old}} Tunisian
fisherman to {{12 years}} in prison for organising a crossing that ended in a deadly shipwreck off
Kerkennah in {{March 2023}}. His co-defendant, aged {{27}}, received {{eight years}}. The judge also
fined each man {{50,000 dinars}}, about {{$16,000}}. Prosecutors had asked for {{20 years}}. The
trial lasted {{three days}} and was the {{first}} under the {{2004}} smuggling law to end in a
sentence of more than {{a decade}}, lawyers said.
""",
)
