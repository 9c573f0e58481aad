"""dev344 items: Taraba (Gassol, Lau, Takum, Bali, Mambilla) and Nasarawa (Awe, Keana, Doma, Obi),
with the Benue border, 2018-2026."""

from _wrap import item

item(
    "Taraba villagers flee after herders and farmers clash in Gassol",
    """[[More than 12,000 people|displaced]] have fled villages in Gassol local government area after
    {{four days}} of clashes between Tiv farmers and Fulani herders. The Taraba State Emergency
    Management Agency said [[about 8,500|displaced;a=Taraba State Emergency Management Agency]] of
    them were staying in [[three camps|capacity;a=Taraba State Emergency Management Agency]] in Mutum
    Biyu. [[At least 27 people|killed;a=Taraba police]] have been killed, Taraba police said, while
    local leaders put the toll at [[more than 40|killed;a=local leaders]]. [[Dozens of
    houses|housing]] were burned in Sarkin Kudu and Dooshima. The army said it had moved [[about 250
    troops|combatants;a=The army]] into the area. Tiv leaders said [[14 farmers|missing;a=Tiv
    leaders]] had not been seen since the first attack.""",
)

item(
    "Cattle carcasses line roads on Mambilla after clashes",
    """[[Hundreds of cattle|other]] lay dead along the road from Gembu to Nguroje on {{Wednesday}}
    after {{three days}} of fighting on the Mambilla Plateau. Miyetti Allah's Sardauna chapter said
    [[about 1,400 cattle|other;a=Miyetti Allah's Sardauna chapter]] had been killed and [[31
    herders|killed;a=Miyetti Allah's Sardauna chapter]] slain. [[Some 2,000 Fulani|displaced;a=UNHCR]]
    have crossed into Cameroon, the UNHCR said. Mambila leaders said [[nine farmers|killed;a=Mambila
    leaders]] died when herders attacked Mayo Ndaga. Police said [[18 people|arrested;a=Police]] had
    been arrested and a curfew imposed from {{7pm}} to {{6am}}.""",
)

item(
    "Dozens wounded as gunmen attack Tiv villages in Keana",
    """Gunmen attacked [[four Tiv villages|other;a=police and residents]] in Keana local government
    area of Nasarawa State on {{Tuesday}}, killing [[at least 15 people|killed;a=police and
    residents]] and wounding [[dozens|injured;a=police and residents]], police and residents said.
    Doctors at the Federal Medical Centre in Keffi said they had treated [[38
    people|injured;a=Doctors at the Federal Medical Centre in Keffi]] with gunshot and machete
    wounds, [[six|injured;a=Doctors at the Federal Medical Centre in Keffi]] of them in critical
    condition. [[Two|killed]] of the wounded died overnight. The Nasarawa State Emergency Management
    Agency said [[3,700 people|displaced;a=Nasarawa State Emergency Management Agency]] had fled to
    Lafia and across the border into Benue. [[Some 90 houses|housing]] were razed.""",
)

item(
    "Nasarawa signs ranching deal, sets 2026 start",
    """Nasarawa State signed a {{N12 billion}} agreement with a private investor on {{Friday}} to
    develop a ranching estate at Awe under the National Livestock Transformation Plan, launched in
    {{2019}}. The estate will cover {{5,000 hectares}} and is due to open in {{2026}}, the state's
    commissioner for agriculture said. He said the state would pay {{30 per cent}} of the cost over
    {{five years}}. Herders' groups said the plan, {{first}} announced in {{2021}}, had been held up
    by disputes over land.""",
)

item(
    "Taraba returnees get seeds, shelter kits as Lau calms",
    """[[About 4,600 people|returned;a=Taraba State Emergency Management Agency]] displaced by
    farmer-herder clashes in Lau have gone back to their villages since {{March}}, the Taraba State
    Emergency Management Agency said. The agency said it had given shelter kits and seed to [[1,150
    households|aid;a=The agency;alt=Taraba State Emergency Management Agency]]. The FAO plans to
    support [[another 2,000 households|aid;p;a=The FAO]] before the rains. Local officials said
    [[roughly 600 homes|housing;a=Local officials]] still need rebuilding. [[Up to 3,000
    people|displaced;a=officials]] remain in camps in Jalingo, officials said. [[Eight primary
    schools|other]] in Lau have reopened.""",
)

item(
    "Cut off by fighting, Tiv villages in Taraba run short of food",
    """[[An estimated 50,000 people|civilians]] in Tiv villages along the Taraba-Benue border have
    been cut off from markets for {{weeks}}. The World Food Programme said it had reached [[only
    7,000 of them|aid;n=-;a=World Food Programme]]. A traditional ruler in Donga, Iorkyaa Ayua, said
    [[20 to 25 villages|other;a=Iorkyaa Ayua]] had been cut off since roads were blocked {{two
    months}} ago. [[Seven people|killed;a=Iorkyaa Ayua]] were killed when they tried to reach the
    market at Takum last week, he said. MSF said [[more than 300 children|aid;a=MSF]] had been
    admitted for malnutrition at its clinic in Donga. Benue officials said [[hundreds of
    families|displaced;a=Benue officials]] had walked across the border.""",
)

item(
    "Nasarawa police recover 900 cows after rustlers' raid",
    """Rustlers drove off [[about 1,200 cows|other;u=other]] from Fulani camps near Obi in Nasarawa
    State on {{Sunday}}. [[Two herders|killed]] were shot dead and [[three|injured]] wounded. Police
    said [[60 officers|combatants;a=Police]] backed by vigilantes had tracked the herd and recovered
    [[about 900|other;u=other;a=Police]] of the animals. [[Six suspects|arrested]] are in custody.
    Miyetti Allah's state chairman, Mohammed Hussaini, said [[more than 4,000
    cows|other;u=other;a=Mohammed Hussaini]] had been rustled in Nasarawa this year.""",
)

item(
    "Taraba farmers kidnapped on way to fields, say families",
    """Gunmen seized [[nine farmers|kidnapped;a=relatives]] on the road between Takum and Chanchanji
    on {{Thursday}}, relatives said. Police confirmed the abduction and said [[three of the
    farmers|kidnapped;a=Police]] had escaped. The Taraba chapter of the All Farmers Association of
    Nigeria said [[at least 60 members|kidnapped;a=Taraba chapter of the All Farmers Association of
    Nigeria]] had been abducted this year and [[11|killed;a=Taraba chapter of the All Farmers
    Association of Nigeria]] killed in captivity. [[Some 25 people|missing;a=residents]] are still
    unaccounted for after earlier abductions in Takum, residents said. The army said [[12 suspected
    kidnappers|arrested;a=The army]] had been arrested and that [[150 troops|combatants;p;a=The
    army]] would escort farmers during the harvest.""",
)

item(
    "Taraba bans night grazing and under-age herding",
    """Taraba State has banned the movement of cattle between {{6pm}} and {{6am}} and barred children
    under {{18}} from herding, under a law signed by Governor Agbu Kefas on {{Monday}}. Offenders
    face fines of up to {{N500,000}} or {{six months}} in jail. Herders moving cattle across local
    government areas must carry a permit valid for {{30 days}}. The law takes effect on {{January
    1, 2025}}, {{17 years}} after the state's {{first}} attempt at grazing rules, in {{2008}}.""",
)

item(
    "UN seeks funds for Middle Belt displaced as needs grow",
    """[[About 2.1 million people|civilians;a=UN Office for the Coordination of Humanitarian Affairs]]
    in Benue, Plateau, Nasarawa, Taraba and Southern Kaduna need humanitarian assistance this year,
    the UN Office for the Coordination of Humanitarian Affairs said, up from [[1.6
    million|civilians;a=UN Office for the Coordination of Humanitarian Affairs]] last year. The
    office said [[roughly 1.1m|displaced;a=The office;alt=UN Office for the Coordination of
    Humanitarian Affairs]] of them were displaced and that it aimed to reach [[750,000
    people|aid;p;a=The office;alt=UN Office for the Coordination of Humanitarian Affairs]] with food,
    shelter and health care. The appeal seeks {{$186 million}}, of which {{14 per cent}} had been
    received by {{June}}. In Benue alone, [[some 320,000 people|civilians;a=Cadre Harmonisé
    analysis]] face crisis levels of hunger, according to the Cadre Harmonisé analysis. Aid agencies
    have [[fewer than 40 international staff|other;a=Nigeria INGO Forum]] in the state, the Nigeria
    INGO Forum said.""",
)

item(
    "Tiv families displaced from Nasarawa begin journey home from Benue camps",
    """[[About 700 families|returned]] who fled the Awe and Keana areas of Nasarawa during the
    {{2018}} clashes left camps in Benue for home on {{Wednesday}}, escorted by police. Nasarawa's
    deputy governor, Emmanuel Agbu, said [[a total of 3,500 people|returned;p;a=Emmanuel Agbu]] would
    be resettled in phases. The state has rebuilt [[250 houses|housing]] in Awe and set aside [[two
    primary schools|capacity]] as transit centres. Each family received {{N30,000}} and food, and
    [[180 families|aid]] also got farm tools. Tiv leaders said [[about 10,000 Tiv
    people|displaced;a=Tiv leaders]] from Nasarawa remained in Benue.""",
)

item(
    "Troops deployed to Taraba's Lau and Karim Lamido after clashes",
    """[[Some 500 soldiers|combatants;a=Taraba State government]] and [[200 mobile police
    officers|combatants;a=Taraba State government]] have been deployed to Lau and Karim Lamido after
    a week of clashes between farmers and herders, the Taraba State government said. [[Thirty-one
    people|killed;a=the government;alt=Taraba State government]] have died in the violence, the
    government said. Security forces have arrested [[19 people|arrested]] and seized [[23 locally
    made guns|other]]. [[More than 40 fishing canoes|other;a=fishermen]] were burned along the Benue
    River, fishermen said. [[4,000-5,000 people|displaced]] have fled to Jalingo.""",
)

item(
    "Cholera hits displaced in Nasarawa camps",
    """[[At least 14 people|killed;a=state health ministry]] have died of cholera in camps for
    displaced people in Nasarawa's Doma local government area since {{August}}, the state health
    ministry said. It said [[236 cases|other;a=state health ministry]] had been recorded. MSF said it
    had treated [[180 patients|aid;a=MSF]] at a cholera treatment centre in Doma town. [[About
    11,000 people|displaced]] live in [[five camps|capacity]] in the area. UNICEF said it had sent
    [[40,000 water purification tablets|aid;a=UNICEF]] and built [[24 latrines|aid;a=UNICEF]].""",
)

item(
    "Bali hospital overwhelmed after night attack on farming villages",
    """The general hospital in Bali, Taraba, received [[47 wounded people|injured;a=Dr Ibrahim
    Sani]] after gunmen attacked [[three farming villages|other;a=Dr Ibrahim Sani]] on {{Saturday}}
    night, the hospital's medical director, Dr Ibrahim Sani, said. [[Nine|killed;a=Dr Ibrahim
    Sani]] of them died, he said. Police put the number of dead at [[22|killed;a=Police]] and said
    [[about 35 houses|housing;a=Police]] were burned. [[Hundreds of residents|displaced]] fled to Bali
    town. A local youth leader said [[about 30 people|missing;a=A local youth leader]] had not been
    found.""",
)

item(
    "Taraba grazing law: court fines herders, releases impounded cattle",
    """A mobile court in Jalingo on {{Tuesday}} fined [[27 herders|arrested]] arrested for open
    grazing under Taraba's {{2017}} ranching law and ordered the release of [[530 impounded
    cattle|other]]. The state's livestock enforcement unit said it had impounded [[more than 3,000
    cattle|other;a=The state's livestock enforcement unit]] and arrested [[112
    herders|arrested;a=The state's livestock enforcement unit]] since {{January}}. Miyetti Allah said
    [[15 of its members|arrested;a=Miyetti Allah]] were still in prison. [[About 80
    cows|other;u=other;a=the group;alt=Miyetti Allah]] died in the pound from lack of water, the group
    said.""",
)

item(
    "Bodies pulled from river after Agatu-Nasarawa border attack",
    """Divers and local volunteers recovered [[17 bodies|killed;a=Benue State Emergency Management
    Agency]] from the Benue River near Agatu on {{Friday}}, {{two days}} after gunmen attacked
    fishing settlements, the Benue State Emergency Management Agency said. The agency said [[around
    25 people|missing;a=The agency;alt=Benue State Emergency Management Agency]] were still missing,
    many of them believed to have drowned while fleeing. [[About 60 volunteers|other]] are searching
    the river banks. Fishermen said the attackers burned [[more than 70 canoes|other;a=Fishermen]]
    and [[dozens of huts|housing;a=Fishermen]]. [[Roughly 1,500 people|displaced]] from the
    settlements are sheltering in Obagaji.""",
)
