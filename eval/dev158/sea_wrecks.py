"""Ferries and fishing boats lost, ships on fire, piracy and the kidnap and release of crews
(14 texts with figures, 1 without)."""

from _wrap import item

item(
    "Ferry sinks in Bali Strait; 4 dead, dozens missing",
    """[[Four people|killed;a=Indonesia's search and rescue agency]] died and
    [[at least 30|missing;a=Indonesia's search and rescue agency]] were missing after a ferry
    sank in the Bali Strait late on Wednesday, Indonesia's search and rescue agency said. The
    {{KMP Bahari Nusa 7}} was carrying [[53 passengers|other;a=the manifest]] and
    [[12 crew|other;a=the manifest]] as well as [[22 vehicles|other;a=the manifest]],
    according to the manifest. Rescuers had pulled [[31 survivors|other]] from the water by
    Thursday morning, many of them found clinging to debris. Waves of up to {{2.5 metres}} and
    strong currents hampered the search, which involved [[nine vessels|other;u=other;a=Budi
    Santoso]] and [[about 200 rescuers|other;a=Budi Santoso]], said Budi Santoso, head of the
    local rescue office. The ferry left Ketapang port in East Java at {{10:56 pm}} and
    capsized about {{25 minutes}} later.""",
)

item(
    "Fire sweeps ferry off Basilan, killing 31",
    """[[At least 31 people|killed;a=officials]], [[three of them|killed;n=-;a=officials]]
    children, died when fire swept through an inter-island ferry off Basilan province in the
    southern Philippines late on Wednesday, officials said. The coast guard said it had rescued
    [[195 passengers|other;a=The coast guard]] and [[35 crew|other;a=The coast guard]] from the
    {{MV Lady Esther 5}}, which was sailing from Zamboanga City to Jolo. Some passengers jumped
    into the sea in darkness when the fire broke out at about {{11 pm}}, while others were
    trapped in the air-conditioned cabin, where divers later found [[18 bodies|killed]]. The
    ferry, built in Japan in {{1995}}, was licensed to carry [[430 passengers|capacity]]. The
    manifest listed [[205|other;a=The manifest]], but survivors said
    [[dozens of unlisted passengers|other;a=survivors]] had boarded at the last minute.""",
)

item(
    "Over 90 drown as overcrowded fishing boat capsizes off Mozambique",
    """[[More than 90 people|killed;a=Manuel Chaves]] drowned when an overcrowded fishing boat
    capsized off the coast of Mozambique's Nampula province on Sunday, said Manuel Chaves, the
    province's secretary of state. The boat, which was carrying [[about 130 people|other]],
    was heading for Ilha de Moçambique from Lunga when it overturned in rough seas. Many of
    the passengers were fleeing the mainland because of false rumours about a cholera
    outbreak, Chaves said. Rescuers found [[five survivors|other]], and
    [[twenty-three people|missing]] were still missing on Monday. The boat was not licensed to
    carry passengers, the official said. Nampula has recorded
    [[more than 15,000 cholera cases|other;a=the health ministry]] and
    [[32 deaths|killed;a=the health ministry]] since October, according to the health
    ministry.""",
)

item(
    "Galician trawler lost off Newfoundland; three survivors found in life raft",
    """[[Three crew members|other;a=Spain's maritime rescue agency]] were found alive in a life
    raft and [[nine bodies|killed;a=Spain's maritime rescue agency]] were recovered after the
    Galician freezer trawler Mar de Ons sank on the Grand Banks off Newfoundland, Spain's
    maritime rescue agency said on Wednesday. The {{50-metre}} vessel had
    [[24 people|other]] on board: [[16 Spaniards|other]], [[five Peruvians|other]] and
    [[three Ghanaians|other]]. Canadian search and rescue sent [[two helicopters|other]], a
    Hercules aircraft and [[three ships|other]] to the area, about {{450 km}} east of St.
    John's, where waves reached {{eight metres}} and the temperature fell to {{minus 12C}}.
    The skipper, Jesús Rial, {{61}}, was among the dead.
    [[Twelve|missing;a=the Canadian coast guard]] remain missing, and the search was suspended
    after {{36 hours}}, the Canadian coast guard said.""",
)

item(
    "No survivors found as Chinese squid boat capsizes in Indian Ocean",
    """Searchers have recovered [[14 bodies|killed;a=Chinese state media]] from a Chinese
    squid-fishing vessel that capsized in the central Indian Ocean, but none of the
    [[39 people|other;a=Chinese state media]] on board has been found alive, Chinese state
    media reported on Friday. The {{Zhe Dai Yu 609}}, owned by a company in Zhoushan,
    overturned about {{5,000 km}} west of Perth on {{May 16}}. Among the crew were
    [[17 Chinese|other]] and [[17 Indonesian nationals|other]], as well as
    [[five Filipinos|other]]. Australia sent a {{P-8}} Poseidon surveillance aircraft, and
    [[10 merchant ships|other;a=the Australian Maritime Safety Authority]] in the area were
    diverted to help, the Australian Maritime Safety Authority said. Sri Lanka and the Maldives
    also joined the search, which has covered more than {{12,000 square nautical miles}}.""",
)

item(
    "Pirates kidnap 15 crew from container ship off São Tomé",
    """Pirates boarded the Maltese-flagged feeder ship Adriatic Star about
    {{98 nautical miles}} north-west of São Tomé on Saturday and kidnapped
    [[15|kidnapped;a=the ship's Turkish manager]] of [[its 19 crew|other;a=the ship's Turkish
    manager]], the ship's Turkish manager said. [[One seafarer|killed]], an Azerbaijani
    engineer, was killed during the attack, and [[the three remaining crew|other]] sailed the
    ship to Port-Gentil in Gabon with help from the Gabonese navy. The International Maritime
    Bureau said [[130|kidnapped;a=The International Maritime Bureau]] of the
    [[135 seafarers|kidnapped;a=The International Maritime Bureau]] kidnapped at sea worldwide
    in {{2020}} were taken in the Gulf of Guinea. Ransoms for crews often reach
    {{$1 million}} or more, security consultants say, and captives are often held for
    {{a month}} or longer in the creeks of the Niger Delta.""",
)

item(
    "Indian navy frees 21 crew, detains 29 pirates after 40-hour operation",
    """The Indian navy said on Sunday it had freed [[21 crew members|kidnapped;a=The Indian
    navy]] and detained [[29 Somali pirates|arrested;a=The Indian navy]] after retaking the
    Malta-flagged bulk carrier Sea Merlin about {{260 nautical miles}} east of Somalia. The
    operation lasted {{40 hours}} and involved the destroyer INS Kochi ({{D64}}), a patrol
    vessel, a {{P-8I}} aircraft and marine commandos dropped from a {{C-17}} transport plane.
    [[Three of the crew|injured;a=the navy;alt=The Indian navy]] were treated for minor
    injuries aboard the destroyer, and [[two skiffs|other;u=other;a=the navy;alt=The Indian
    navy]] used by the pirates were sunk, the navy said. The pirates had used the ship, seized
    in December, as a mother ship to attack other vessels. The EU naval force Atalanta has
    recorded [[more than 40 incidents|other;u=other;a=The EU naval force Atalanta]] off
    Somalia since {{November 2023}}. Pirates still hold [[23 crew|kidnapped]] of the
    Bangladeshi bulk carrier Karnaphuli Star.""",
)

item(
    "Sea robberies in Singapore Strait hit highest level since 1991",
    """ReCAAP ISC, the regional anti-piracy centre, said there were
    [[43 incidents|other;u=other;a=ReCAAP ISC]] of armed robbery against ships in the
    Singapore Strait in the first half of {{2025}}, up from [[25|other;u=other;a=ReCAAP ISC]]
    a year earlier. Most of
    the ships boarded were bulk carriers and tankers sailing eastbound, and in
    [[36 of the cases|other]] the robbers were not armed. In the latest incident,
    [[four robbers|other]] carrying knives boarded a Panama-flagged bulk carrier about
    {{4.5 nautical miles}} south of Tanjung Piai at {{0340 hrs}} and tied up the duty
    engineer. [[One crew member|injured]] was slightly hurt, and the robbers escaped with
    engine spares. Indonesia's maritime police said they had arrested
    [[eight suspects|arrested;a=Indonesia's maritime police]] on Batam in June.""",
)

item(
    "Fishing boat fire off Jeju leaves 4 dead, 8 missing",
    """[[Four crew|killed;a=the Jeju coast guard]] were confirmed dead and
    [[eight|missing;a=the Jeju coast guard]] were missing after fire broke out on a
    {{29-tonne}} fishing boat off South Korea's Jeju Island early on Friday, the Jeju coast
    guard said. The vessel, which had [[12 crew members|other]] aboard,
    [[six of them|other;n=-]] from Vietnam and Indonesia, was found capsized about
    {{12 nautical miles}} west of Hallim port. The coast guard said it had deployed
    [[32 vessels|other;u=other;a=The coast guard;alt=the Jeju coast guard]] and
    [[seven aircraft|other;a=The coast guard;alt=the Jeju coast guard]] as well as
    [[more than 100 divers|other;a=The coast guard;alt=the Jeju coast guard]]. Water
    temperatures in the area were about {{16C}}, giving the missing a chance of survival of up
    to {{24 hours}}, officials said.""",
)

item(
    "Trawler sinks in Sea of Okhotsk during storm; 2 rescued",
    """[[Two sailors|other;a=Russia's emergencies ministry]] were rescued and
    [[15|missing;a=Russia's emergencies ministry]] were missing after the trawler
    {{Dalniy Vostok-3}} capsized in a storm in the Sea of Okhotsk, Russia's emergencies ministry
    said on Tuesday. The {{62-metre}} vessel had [[17 crew|other]] aboard. Waves of up to
    {{five metres}} and temperatures of {{minus 18C}} hampered the search, and
    [[four bodies|killed]] were later recovered. The fisheries agency said the trawler had
    been hauling in its nets, with [[110 tonnes of pollock|other;n=tonnes;a=The fisheries
    agency]] already in its hold, when it took on water. [[At least 11 Russian fishing
    vessels|other;u=other]] have sunk since {{2015}}.""",
)

item(
    "Somali pirates free 23 Bangladeshi sailors after ransom paid, owners say",
    """Somali pirates freed [[the 23 Bangladeshi crew|kidnapped;a=Meridian Lines]] of the bulk
    carrier Karnaphuli Star on Sunday, {{32 days}} after seizing the ship, its owner,
    Chattogram-based Meridian Lines, said. The pirates, [[about 65|other;a=the crew]] of them
    according to the crew, left the ship in [[two boats|other;a=the crew]] after a package of
    cash was dropped from a plane. The owners did not disclose the amount, but a pirate leader
    told Reuters the ransom was {{$5 million}}. The ship, carrying
    [[55,000 tonnes of coal|other;n=tonnes]] from Mozambique to the United Arab Emirates, was
    seized about {{600 nautical miles}} off the Somali coast. At the height of Somali piracy in
    {{2011}}, pirates held [[32 ships|other;a=the International Maritime Bureau]] and
    [[more than 700 hostages|kidnapped;a=the International Maritime Bureau]], according to the
    International Maritime Bureau.""",
)

item(
    "Abu Sayyaf frees 10 Indonesian tugboat crew",
    """Abu Sayyaf militants released [[10 Indonesian sailors|kidnapped;a=Philippine
    officials]] seized from a tugboat off the southern Philippines more than {{a month}} ago,
    Philippine officials said on Sunday. The tug {{Bintang Samudra 12}} was towing a barge
    carrying [[7,000 tonnes of coal|other;n=tonnes]] when it was boarded in the Sulu Sea. The
    military said the group was still holding [[at least 14 other hostages|kidnapped;a=The
    military]], among them [[four Malaysians|kidnapped;a=The military]]. In the past
    {{three weeks}}, the militants have seized [[two more tugboats|other;u=other]] and
    abducted [[seven crew|kidnapped]]. Jakarta denied paying a ransom, reported at
    {{50 million pesos}}.""",
)

item(
    "Crew rescued as fire spreads on container ship off Colombo",
    """The Sri Lankan navy rescued [[all 25 crew members|other;a=a navy spokesman]] from the
    Singapore-flagged container ship Pacific Orchid on Tuesday as fire spread through its
    cargo holds, a navy spokesman said. [[Two crew|injured]] with leg injuries were taken to
    hospital in Colombo. The {{2,700-TEU}} ship was carrying
    [[1,486 containers|other;a=the ship's operator]], [[81 of them|other;n=-;u=other;a=the
    ship's operator]] holding dangerous goods including nitric acid, the ship's operator said.
    Anoja Herath, who chairs the Marine Environment Protection Authority, said
    [[dozens of containers|other;a=Anoja Herath]] had fallen into the sea and that plastic
    pellets were washing up along {{80 km}} of coastline. Fishing was banned along the coast,
    affecting [[about 4,300 fishing families|civilians;a=the fisheries ministry]], the
    fisheries ministry said.""",
)

item(
    "Indonesia orders life-jacket checks on ferries after Bali Strait sinking",
    """Indonesia's transport ministry on Monday gave ferry operators {{30 days}} to make sure
    life jackets are stowed within reach of every seat, {{a week}} after a sinking in the Bali
    Strait. Ships older than {{25 years}} will face inspections every {{six months}}, and
    operators that break manifest rules face fines of up to {{500 million rupiah}}
    ({{$30,700}}). Officials said {{40%}} of the ferries inspected in {{2024}} had incomplete
    passenger lists.""",
)

item(
    "Pirates throw fishermen overboard off Suriname; 11 missing",
    """Pirates attacked [[four fishing boats|other;a=police]] off the Coronie coast of Suriname
    on Friday, beat the crews and threw [[at least 20 fishermen|other;a=police]] overboard
    with batteries tied to their legs, police said. [[Five|other]] managed to swim ashore.
    [[Four bodies|killed;a=Police Commissioner Agnes Doekhie]] had been recovered by Sunday and
    [[11 men|missing;a=Police Commissioner Agnes Doekhie]] were still missing, Police
    Commissioner Agnes Doekhie said. Police have arrested [[three suspects|arrested]]. Most of
    the fishermen were from Guyana, where the Fisheries Department said
    [[more than 40 boats|other;a=the Fisheries Department]] had been robbed of their engines
    this year.""",
)
