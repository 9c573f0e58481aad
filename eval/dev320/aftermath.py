"""Landslides, flash floods, drought and the months after: Libya, Papua New Guinea, India, Nepal,
Afghanistan, South Sudan, Kenya, Spain, Mozambique, Bangladesh, Somalia, Nigeria and Sri Lanka,
2019-2025 (14 texts with figures, 2 without)."""

from _wrap import item

item(
    "A year after the flood, Derna's displaced trickle home",
    """
A year after the flood, the IOM's Displacement Tracking Matrix counts
[[about 44,800 people|displaced;a=the IOM's Displacement Tracking Matrix]] still displaced from
Derna and nearby towns. [[Some 30,000|returned;a=the IOM's Displacement Tracking Matrix]]
have returned to the city, it says, many to flats that were only partly repaired. The fund set
up to rebuild Derna says it has finished
[[1,500 housing units|housing;a=The fund set up to rebuild Derna]] and plans
[[3,000 more|housing;p;n=-;u=structure;a=The fund set up to rebuild Derna]] by next summer. The
Libyan Red Crescent says [[about 4,000 people|missing;a=The Libyan Red Crescent]] are still
missing. In July, a court in Derna sentenced [[12 officials|arrested]] to prison terms of
{{nine to 27 years}} over the collapse of the dams.
""",
)

item(
    "Enga landslide: hopes fade for those buried in Yambali",
    """
The IOM estimated that [[more than 670 people|killed;a=The IOM]] had been buried when a
mountainside collapsed onto Yambali village in Enga province before dawn on {{May 24}}. Papua New
Guinea's National Disaster Centre put the figure far higher, telling the UN that
[[more than 2,000 people|killed;a=Papua New Guinea's National Disaster Centre]] were buried
alive. [[About 150 houses|housing]] were covered by debris up to {{eight metres}} deep.
Provincial authorities said they planned to evacuate
[[up to 8,000 people|displaced;p;a=Provincial authorities]] because the ground was still moving.
The defence force sent [[about 100 troops|combatants]] to help clear the road. Only
[[six bodies|killed]] have been recovered so far.
""",
)

item(
    "Wayanad landslides: 231 bodies recovered, 128 missing",
    """
Kerala's revenue department said [[231 bodies|killed;a=Kerala's revenue department]] had been
recovered and [[128 people|missing;a=Kerala's revenue department]] were still missing after the
landslides that buried Mundakkai and Chooralmala on {{July 30}}.
[[More than 10,000 people|displaced;a=district officials]] are in
[[91 relief camps|capacity;a=district officials]] in Wayanad, district officials said. The army
built a {{190-foot}} bailey bridge over the Iruvanjippuzha river in {{31 hours}}, and
[[about 500 soldiers|combatants]] joined the search. Rescuers pulled
[[over 1,000 people|other]] from the mud and debris in the first {{two days}}.
[[Some 1,200 houses|housing]] were destroyed or made unsafe. Wayanad received {{572 mm}} of rain
in {{48 hours}}.
""",
)

item(
    "Baghlan flash floods kill 315, WFP says",
    """
Flash floods in Baghlan province killed [[315 people|killed;a=the World Food Programme]] and
injured [[more than 1,600|injured;a=the World Food Programme]], the World Food Programme said.
[[More than 2,000 houses|housing;a=the agency;alt=the World Food Programme]] were destroyed and
[[2,600|housing;u=structure;a=the agency;alt=the World Food Programme]] damaged, the agency said.
Taliban officials said [[about 1,000 families|displaced;a=Taliban officials]] had moved to
higher ground or into relatives' homes in Pul-e-Khumri. Aid agencies have sent
[[about 60 trucks|aid]] of food, tents and medicine. The WFP said it expected to feed
[[up to 5,000 families|aid;p;a=The WFP]] for {{three months}}. The floods struck on {{May 10}} after
hours of torrential rain.
""",
)

item(
    "Kathmandu valley floods kill 224",
    """
Nepal's home ministry said floods and landslides had killed
[[224 people|killed;a=Nepal's home ministry]], injured [[158|injured;a=Nepal's home ministry]]
and left [[24|missing;a=Nepal's home ministry]] missing after {{two days}} of rain. Security
forces rescued [[more than 4,000 people|other;a=the ministry]], the ministry added, with
[[about 20,000 security personnel|combatants]] deployed across the country.
[[Hundreds of travellers|civilians]] were stranded on blocked highways out of the capital.
The government said
[[200-250 families|displaced;a=The government]] living on the banks of the Nakhu and Bagmati had
been moved to tents. Kathmandu received {{240 mm}} of rain in {{24 hours}}, the most since {{2002}}.
""",
)

item(
    "South Sudan floods swamp camps already full of people fleeing Sudan",
    """
OCHA said [[1.4 million people|civilians;a=OCHA]] had been affected by floods across South
Sudan and [[about 379,000|displaced;a=OCHA]] displaced. Many of the worst-hit places already
hosted people who fled the war in Sudan: in Renk,
[[thousands of refugees|displaced]] waiting to move south were camped on flooded ground. The WFP
said it had airdropped [[400 tonnes|aid;a=The WFP]] of food to Bentiu, where the camp for
displaced people, home to [[about 140,000 people|displaced]], is ringed by dykes.
[[Some 60,000 livestock|other]] have died, herders said. This is the {{fifth}} year of record
floods in a row.
""",
)

item(
    "Kenya floods: 291 dead as Mai Mahiu mourns",
    """
Interior Minister Kithure Kindiki said [[291 people|killed;a=Interior Minister Kithure Kindiki]]
had died in the floods since {{March}}, [[188|injured;a=Interior Minister Kithure Kindiki]] were
injured and [[75|missing;a=Interior Minister Kithure Kindiki]] were missing.
[[278,380 people|displaced;a=Interior Minister Kithure Kindiki]] have been displaced, he
said, [[about 55,000 of them|displaced;n=-;a=Interior Minister Kithure Kindiki]] in [[167 camps|capacity]]. In Mai Mahiu, water from a
blocked railway culvert swept away homes before dawn, killing [[at least 52|killed]]. The
reopening of schools was pushed back by {{a week}} after
[[more than 1,900 schools|housing;a=the education ministry]] were damaged, the education
ministry said.
""",
)

item(
    "Valencia floods: 222 dead, looters arrested, volunteers flood in",
    """
The Valencia regional government said [[222 people|killed;a=The Valencia regional government]]
had died in the floods of {{October 29}} and [[four|missing;a=The Valencia regional government]]
were still missing. Defence Minister Margarita Robles said
[[about 8,500 soldiers|combatants;a=Defence Minister Margarita Robles]] were on the ground.
Police arrested [[39 people|arrested]] for looting shops in Paiporta and Alfafar.
[[More than 120,000 cars|other]] were wrecked, according to insurers.
[[Some 15,000 volunteers|other]] crossed the bridge from Valencia city on foot with brooms and
buckets. [[Between 1,000 and 1,500 people|displaced]] remain in hotels and sports halls. The mobile alert reached phones at {{20:11}}, when many towns were already under water.
""",
)

item(
    "Two years after Idai, resettled families wait for houses",
    """
{{Two years}} after Cyclone Idai, [[about 100,000 people|displaced;a=the IOM]] still live in
[[71 resettlement sites|capacity;a=the IOM]] in Sofala and Manica, according to the IOM. The
government relocated [[some 17,000 families|displaced]] from flood-prone land near the Buzi
river. Under a World Bank programme, [[about 4,000 houses|housing;a=officials]] have been
rebuilt, officials said, against a target of [[10,000|housing;p;u=structure]].
[[Roughly 12,000 families|returned;a=provincial officials]] have gone back to their old plots
despite the risk, provincial officials said. Cyclone Eloise flooded some of the sites again in
{{January 2021}}.
""",
)

item(
    "Sylhet floods strand four million",
    """
Floods in Sylhet and Sunamganj have left [[about 4 million people|civilians;a=officials]]
marooned, officials said, in the worst flooding in the region in {{122 years}}.
[[472,000 people|displaced;a=the disaster ministry]] have taken refuge in
[[1,605 shelters|capacity;a=the disaster ministry]], the disaster ministry said. At least
[[68 people|killed]] have died since {{mid-May}}, many of them struck by lightning. Soldiers
rescued [[more than 3,000 people|other]] in boats. The government has distributed
[[some 8,000 tonnes|aid]] of rice. By Sunday [[about 100,000|returned]] had left the shelters. Cherrapunji, across the border in India, recorded {{972 mm}}
of rain in {{24 hours}}.
""",
)

item(
    "Somalia: drought drives a million from their land",
    """
Drought displaced [[1.1 million people|displaced;a=UNHCR]] in Somalia last year, UNHCR said, as
a {{fifth}} failed rainy season killed crops and herds. Around Baidoa, the IOM counts
[[more than 500 displacement sites|capacity;a=the IOM]]. UNICEF said
[[at least 730 children|killed;a=UNICEF]] had died in nutrition centres in the first half of
the year. Analysts warned that [[up to 300,000 people|civilians;p;a=Analysts]] could face famine
by December. Herders have lost [[some 3 million livestock|other]]. The WFP reached
[[4.6 million people|aid;a=The WFP]] with food or cash in {{2022}}.
""",
)

item(
    "Maiduguri closes flood camps as families go home",
    """
{{Two months}} after the flood, [[about 300,000 people|returned;a=SEMA]] have gone home,
according to SEMA, Borno's emergency agency. [[Some 40,000|displaced;a=SEMA]] remain in
[[eight camps|capacity;a=SEMA]], it said. The state gave [[5,000 households|aid]] a one-off
grant of {{₦50,000}} to repair their homes. Boko Haram fighters abducted
[[at least 20 women|kidnapped;a=camp leaders]] collecting firewood outside the Dalori camp last
week, camp leaders said. Soldiers rescued [[seven of them|kidnapped;n=-;a=the army]] on Sunday, the
army said.
""",
)

item(
    "Herat's quake survivors rebuild as deportees pour in from Iran",
    """
A year after the Herat earthquakes, UNHCR said it had rebuilt [[2,200 houses|housing;a=UNHCR]]
in Zenda Jan. [[About 1,600 families|displaced;a=the agency;alt=UNHCR]] are still in tents or
prefabricated shelters, the agency said. [[Some 9,000 families|returned]] have gone back to
rebuilt villages. At the Islam Qala crossing,
[[more than 700,000 Afghans|returned;a=the IOM]] deported or pushed back from Iran this year have
passed through, the IOM said. The WFP is feeding [[45,000 people|aid;a=The WFP]] in the
quake districts this winter. UNHCR plans to rebuild
[[up to 1,000 more houses|housing;p;a=UNHCR]] before next winter.
""",
)

item(
    "Sri Lanka: Ditwah toll rises as troops reach cut-off villages",
    """
Sri Lanka's Disaster Management Centre said
[[at least 390 people|killed;a=Sri Lanka's Disaster Management Centre]] had been killed and
[[352|missing;a=Sri Lanka's Disaster Management Centre]] were missing after Cyclone Ditwah.
[[More than 100,000 people|displaced;a=the centre;alt=Sri Lanka's Disaster Management Centre]]
are staying in [[1,200 welfare centres|capacity;a=the centre;alt=Sri Lanka's Disaster Management Centre]],
the centre said, and [[about 1.1 million people|civilians]] have been affected. The military
deployed [[20,000 troops|combatants]] to clear roads in the central hills. Landslides in Kandy
and Badulla buried [[dozens of homes|housing]]. India sent naval ships with relief
supplies.
""",
)

item(
    "Early warnings save lives, but gaps remain, WMO says",
    """
The World Meteorological Organization said on {{October 13}} that countries with multi-hazard
early warning systems have disaster death rates nearly {{six times}} lower than those without.
The UN's Early Warnings for All initiative, launched in {{2022}}, aims to cover the whole world
by {{2027}}. So far {{55%}} of countries report having such systems, up from {{30%}} in {{2015}},
when the Sendai Framework was adopted. Only {{46%}} of the least developed countries are
covered. Forecasts of tropical cyclone tracks are now as accurate {{72 hours}} ahead as they
were {{24 hours}} ahead in the {{1990s}}.
""",
)

item(
    "Valencia judge examines timeline of flood alert",
    """
A judge in Catarroja investigating the response to the Valencia floods has asked the regional
emergency service to explain the delay in sending the {{20:11}} mobile alert. The Júcar basin
authority had warned of rising water in the Poyo ravine from about {{18:43}}, according to
documents seen by El País. The former regional president, Carlos Mazón, {{62}}, was at a
lunch until about {{18:00}}. The inquiry, opened in {{November 2024}}, is expected to last at
least {{a year}}. Rainfall in Chiva reached {{491 mm}} in {{eight hours}}.
""",
)
