"""Shipwrecks, the dead and the missing: Cutro, Pylos, Lampedusa, Roccella Ionica and the
boats that vanish without a trace, as the coastguards, IOM, UNHCR, Alarm Phone and the courts
count them (15 texts with figures, 2 without)."""

from _wrap import item

item(
    "Dozens dead as migrant boat breaks up off Calabria",
    """At least [[59 people|killed;a=the coastguard]] died when a wooden boat carrying migrants
    broke apart in rough seas off Steccato di Cutro, in Calabria, before dawn on Sunday, the
    coastguard said. [[Twelve of the dead|killed;n=dead]] were children, including a baby, a
    local official said. Rescuers pulled [[80 survivors|other;a=Rescuers]] from the water and
    the beach, [[about 20|injured]] of whom were taken to hospital in Crotone. The boat had
    left Izmir, in Turkey, {{four days}} earlier with [[between 180 and 200 people|civilians;
    a=survivors]] on board, survivors said, most of them from Afghanistan, Pakistan and Iran.
    [[Dozens|missing]] were still unaccounted for at nightfall. Police detained
    [[three suspected smugglers|arrested;a=Police]], including the Turkish captain.""",
)

item(
    "Cutro toll reaches 94 as sea returns more bodies",
    """The death toll from the shipwreck at Cutro rose to [[94|killed;a=the prefecture of
    Crotone]] on Saturday after [[two more bodies|killed;a=the prefecture of Crotone]] were
    recovered near the beach, the prefecture of Crotone said. Among the dead were
    [[35 minors|killed;a=the prefecture of Crotone]], it said. Relatives believe
    [[at least a dozen people|missing;a=Relatives]] are still missing. The coffins have been
    laid out in the PalaMilone sports hall, where [[more than 300 relatives|other;
    a=the Red Cross]] have come to identify the dead, according to the Red Cross. The
    government said it would fly [[around 40 bodies|killed;p;a=The government]] to Afghanistan
    and Pakistan for burial.""",
)

item(
    "Hundreds feared dead after trawler sinks off Pylos",
    """A fishing trawler crammed with migrants capsized and sank in international waters
    {{47 nautical miles}} off Pylos in southern Greece early on Wednesday, the Hellenic
    coastguard said. [[At least 78 bodies|killed;a=the Hellenic coastguard]] had been recovered
    and [[104 people|other;a=the Hellenic coastguard]] rescued by the evening, it said.
    Survivors said the boat, which sailed from Tobruk in eastern Libya bound for Italy, had
    been carrying [[up to 750 people|civilians;a=Survivors]], among them
    [[about 100 children|civilians;a=Survivors]] held below deck. UNHCR and IOM said
    [[as many as 500 people|missing;a=UNHCR and IOM]] might still be missing. Greek police
    arrested [[nine Egyptian men|arrested;a=Greek police]] suspected of being the smugglers.
    [[Thirty of the survivors|injured;n=survivors]] were treated in Kalamata for
    hypothermia.""",
)

item(
    "Lampedusa wreck: four survivors tell of 41 lost",
    """[[Four survivors|other;a=the Italian coastguard]] of a shipwreck in the central
    Mediterranean were brought to Lampedusa on Wednesday, the Italian coastguard said. They
    told aid workers that [[41 people|missing;a=survivors]], including
    [[three children|missing;a=survivors]], had drowned or vanished when their
    metal boat capsized shortly after leaving Sfax. The boat carried
    [[45 people|civilians;a=IOM]], according to IOM. A cargo ship picked up the survivors after
    they had drifted for {{two days}} on a lifebuoy. Italy's coastguard said no bodies had been
    found. [[At least 2,000 people|missing;a=the UN]] have died or gone missing in the central
    Mediterranean this year, according to the UN. The survivors, all from Ivory Coast and Guinea, were taken to the hotspot, where [[two|injured]] were treated for dehydration.""",
)

item(
    "Navy raises wreck that took hundreds in 2015",
    """The Italian navy on Thursday brought ashore at Augusta the fishing boat that sank off
    Libya on the night of {{18 April 2015}}, in what the UN called the Mediterranean's
    deadliest wreck. Navy divers recovered [[458 bodies|killed;a=the navy]] from the hull, the
    navy said, in addition to [[169|killed;a=the navy]] found in the sea in the days after the
    sinking. Only [[28 people|other]] survived. Prosecutors in Catania believe
    [[between 700 and 800 people|civilians;a=Prosecutors in Catania]] were on board. Forensic
    teams from the University of Milan will try to identify the dead using DNA from
    [[about 500 relatives|other;a=the team]] across Africa, the team said. The boat's
    Tunisian captain, then aged {{27}}, was sentenced to {{18 years}} in prison. [[Two of the survivors|injured;n=survivors]] were still receiving treatment for trauma a year later.""",
)

item(
    "Alarm Phone loses contact with three boats from Tobruk",
    """Alarm Phone said on Monday it had lost contact with [[three boats|other;
    a=Alarm Phone]] that left Tobruk over the weekend carrying [[some 300 people|civilians;
    a=Alarm Phone]] between them. The hotline said one boat, with
    [[about 110 people|civilians;a=The hotline;alt=Alarm Phone]] on board, called at
    {{03:40}} to report that water was entering the hull. Malta and Greece said they had no
    record of a rescue. In the past year the group has documented
    {{more than 20 invisible shipwrecks}},
    it said, in which boats disappear without any survivor or body being found. "Behind each
    of these boats are families who will never know," an Alarm Phone activist said. Relatives in Benghazi told the group that [[between 30 and 40 of the passengers|civilians;a=Relatives]] were Syrians. The Libyan Red Crescent later found [[four bodies|killed;a=the Libyan Red Crescent]] near Derna, the Libyan Red Crescent said, and [[two survivors|other]] were picked up by a fishing boat. Greek authorities said [[more than 190 people|missing;a=Greek authorities]] were now feared lost.""",
)

item(
    "Central Mediterranean deadliest route again, IOM says",
    """IOM's Missing Migrants Project recorded [[1,810 deaths and disappearances|missing;
    a=IOM's Missing Migrants Project;n=deaths and disappearances]] on the central Mediterranean
    route in {{2024}}, against [[2,526|missing;a=IOM's Missing Migrants Project]] the year
    before. [[More than 1,100|missing]] of the victims were never found. The agency said
    [[at least 130 children|killed;a=The agency;alt=IOM]] were among the dead. Since
    {{2014}}, [[more than 24,000 people|missing;a=the project]] have died or gone missing on the
    route, according to the project, making it the deadliest migration route in the world.
    IOM said the real toll was likely higher because many shipwrecks off Libya go unrecorded. In Libya, the agency counted [[between 700 and 900 people|killed;a=the agency;alt=IOM]] who died in the desert or in captivity before reaching the coast.""",
)

item(
    "Libyan Red Crescent recovers bodies on western beaches",
    """Volunteers of the Libyan Red Crescent recovered the bodies of [[61 migrants|killed;
    a=the organisation;alt=the Libyan Red Crescent]] on beaches between Zuwara and Sabratha over {{three days}},
    the organisation said on Sunday. [[Seventeen|killed]] were women and
    [[five|killed]] were children. Most were found near Abu Kammash, where a boat carrying
    [[about 90 people|civilians;a=local fishermen]] sank last week, according to local
    fishermen. The bodies were buried in a cemetery outside Zuwara that already holds
    [[some 400 graves|other;u=other;n=graves]]. The Red Crescent said it had run out of body
    bags and asked for [[2,000 more|aid;p;a=The Red Crescent;alt=the Libyan Red Crescent;n=-;u=other]].""",
)

item(
    "Sfax morgue overwhelmed after string of wrecks",
    """The hospital morgue in Sfax was holding [[more than 200 bodies|killed;
    a=Faouzi Masmoudi]], well over its capacity of [[about 50|capacity;a=Faouzi Masmoudi]], court spokesman
    Faouzi Masmoudi said on Tuesday. The Tunisian coastguard recovered
    [[a further 37 bodies|killed;a=the National Guard]] off Sfax and Mahdia over the weekend,
    the National Guard said, and rescued [[153 people|other;a=the National Guard]] from
    sinking iron boats. It said [[dozens|missing;a=the National Guard]] were missing. The city
    council has set aside land for a new cemetery after the main one ran out of
    space. Since January, [[at least 900 people|killed;a=Masmoudi]] have died off the Sfax
    coast, Masmoudi said. Lawyers for the families say [[30 to 40 bodies|killed;a=Lawyers for the families]] are still unidentified.""",
)

item(
    "Sailing boat sinks off Calabria; 66 missing",
    """A sailing boat that left Turkey carrying migrants sank {{120 miles}} off the Calabrian
    coast, leaving [[66 people|missing;a=UNHCR, IOM and UNICEF]] missing, among them
    [[26 children|missing;a=UNHCR, IOM and UNICEF]], UNHCR, IOM and UNICEF said in a joint
    statement. A French yacht and a merchant vessel rescued [[12 survivors|other]], one of
    whom later died. [[Eleven|displaced]] were taken to Roccella Ionica, where
    [[four|injured;a=doctors]] were in serious condition, doctors said. The Italian coastguard
    later recovered [[six bodies|killed;a=The Italian coastguard]], it said. Survivors said
    the boat had been at sea for {{eight days}}. They said there had been [[as many as 78 people|civilians;a=Survivors]] on board.""",
)

item(
    "Unnamed graves: Sicily's cemeteries and the search for names",
    """Cemeteries across Sicily and Calabria hold [[more than 1,000 graves|other;
    a=the commissioner for missing persons;u=other;n=graves]] of migrants who have never been
    identified, the commissioner for missing persons said in a report on Tuesday. Since
    {{2014}}, her office has identified [[about 450 of the dead|killed;n=dead;a=the report]] by matching DNA
    and belongings, the report said, after [[some 700 families|other;a=the report]] from Syria, Eritrea,
    Afghanistan and West Africa came forward. The Labanof laboratory in Milan still holds
    [[around 6,000 samples|other;u=other;n=samples]] from the victims of the {{2015}} wreck. A
    further [[300 families|other;p;a=the commissioner;alt=the commissioner for missing persons]]
    are expected to give samples this year, the commissioner said. The Red Cross's Restoring Family Links service said families were still looking for [[some 4,000 people|missing;a=The Red Cross's Restoring Family Links service]] lost on the route.""",
)

item(
    "Easter pushback: Malta hired fishing boat to return survivors to Libya",
    """[[Twelve people|killed;a=Alarm Phone]] died after a boat carrying migrants was left
    adrift for {{five days}} in Malta's search and rescue zone over Easter, Alarm Phone said.
    [[Seven|missing;a=survivors]] were lost at sea and [[five|killed;a=survivors]] died after
    being picked up, survivors told the group. A fishing boat chartered by the Maltese
    government took [[the 51 survivors|returned;a=UNHCR]] back to Tripoli, UNHCR said,
    where they were all placed in the Tariq al-Sikka detention centre. Among the survivors were [[eight women|returned;a=the agency;alt=UNHCR]] and
    [[three children|returned;a=the agency;alt=UNHCR]], the agency said. Malta's prime minister said his
    government had acted lawfully during a pandemic. Prosecutors later investigated [[the crew of 11|other;n=-;a=Prosecutors]] on the fishing boat.""",
)

item(
    "Mother and baby among dead as Libyan patrol boat rams dinghy",
    """A rubber boat carrying [[about 70 people|civilians;a=Sea-Watch]] capsized on Friday
    after a Libyan coastguard patrol boat manoeuvred close to it, Sea-Watch said, releasing
    video from its aircraft. The charity's ship {{Sea-Watch 5}} rescued
    [[47 people|other;a=Sea-Watch]], while the Libyan crew pulled
    [[at least 15|returned;a=Sea-Watch]] aboard the patrol boat and took them back to Tripoli,
    Sea-Watch said. [[Five people|killed;a=the charity;alt=Sea-Watch]], among them a woman
    and her {{two-year-old}} son, drowned, the charity said. [[Nine of the survivors|injured;
    n=survivors]] were treated for chemical burns. The Libyan coastguard denied ramming the
    boat and said its officers had saved [[dozens of lives|other;n=lives;a=The Libyan coastguard]].""",
)

item(
    "Zarzis fishermen search for the missing of a September wreck",
    """Fishermen from Zarzis in southern Tunisia went back to sea on Sunday to look for
    [[18 young people|missing;a=their families]] from the town who vanished after their boat
    left for Italy on {{September 21}}, their families said. The authorities recovered
    [[eight bodies|killed;a=The authorities]] in the following weeks, they said, but
    [[four|killed]] were buried in a migrants' cemetery before relatives were told.
    [[Hundreds of residents|other]] marched through the town in protest, and a general strike
    closed [[about 200 shops|other;u=structure]]. President Kais Saied ordered an inquiry.
    "We want our sons back, alive or dead," one mother, {{52}}, said. [[More than 500 Tunisians|missing;a=the Tunisian Forum for Economic and Social Rights]] died or went missing off the coast last year, the Tunisian Forum for Economic and Social Rights said.""",
)

item(
    "Greek coastguard rescues 440 south of Crete in a day",
    """The Hellenic coastguard said it had rescued [[442 migrants|other;
    a=The Hellenic coastguard]] from [[five boats|other;a=The Hellenic coastguard]] south of
    Gavdos and Crete in {{24 hours}}, all of them having sailed from Tobruk. A merchant ship
    recovered [[three bodies|killed]] near one of the boats, the coastguard said.
    [[More than 2,500 people|displaced;a=officials]] have landed on Crete since June,
    officials said, compared with [[about 5,000|displaced;a=officials]] in all of {{2024}}.
    The island's reception site in Agia has [[room for 150|capacity;n=-]], and
    [[hundreds|displaced]] have been sheltered in a port warehouse in Chania. Athens sent
    [[two frigates|other;u=other;n=frigates]] to patrol off eastern Libya.""",
)

item(
    "Lampedusa remembers the October 3 wreck",
    """Survivors, relatives and students gathered on Lampedusa on Thursday to mark
    {{ten years}} since the shipwreck of {{3 October 2013}}, a few hundred metres off the
    Isola dei Conigli. Italy made {{October 3}} a national Day of Memory and Welcome in
    {{2016}}. At {{3:15}} a.m., the hour the boat caught fire, the island's church bells rang.
    Speakers recalled the Mare Nostrum operation launched {{15 days}} later and the Cutro wreck
    of {{2023}}. "{{Ten years}} on, the sea is still a cemetery," said Tareke Brhane, who
    crossed in {{2005}} at the age of {{17}}.""",
)

item(
    "Cutro trial: coastguard and finance police officers face charges",
    """A judge in Crotone on Wednesday sent to trial officers of the Guardia di Finanza and the
    coastguard over the response to the Cutro shipwreck of {{26 February 2023}}. Prosecutors
    say the boat was spotted by a Frontex plane at {{22:26}} the night before, about
    {{40 nautical miles}} from the coast, but that no rescue was launched. The charges of
    culpable shipwreck and manslaughter carry penalties of up to {{12 years}}. The {{first}}
    hearing is set for {{January 14, 2026}}. The Turkish captain of the boat, {{38}}, was
    sentenced in {{2024}} to {{20 years}} in prison and fined {{3 million euros}}.""",
)
