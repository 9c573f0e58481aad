"""Cyclones, typhoons and hurricanes: Mozambique, Malawi and Mayotte, Bangladesh, Myanmar and
India, the Philippines, Vietnam, Haiti, Jamaica and Cuba, 2016-2025 (14 texts with figures,
2 without)."""

from _wrap import item

item(
    "Cyclone Idai: Mozambique toll rises to 602",
    """
Mozambique's National Institute for Disaster Management (INGC) said on Monday that the toll from
Cyclone Idai had risen to [[602|killed;a=Mozambique's National Institute for Disaster Management (INGC)]],
with [[1,641 people|injured;a=Mozambique's National Institute for Disaster Management (INGC)]]
injured. [[More than 239,000 houses|housing;a=the institute;alt=Mozambique's National Institute for Disaster Management (INGC)]]
were destroyed or damaged, the institute said. [[About 146,000 people|displaced]] are living in
[[161 accommodation centres|capacity]] in Sofala, Manica, Zambezia and Tete. The World Food
Programme said it aimed to reach [[1.7 million people|aid;p;a=The World Food Programme]] with
food in the coming months. Idai made landfall near Beira on the night of {{March 14}} with winds
of {{177 km/h}}.
""",
)

item(
    "Freddy's second landfall leaves Malawi counting 1,216 dead",
    """
Malawi's Department of Disaster Management Affairs said
[[1,216 people|killed;a=Malawi's Department of Disaster Management Affairs]] had been killed by
Cyclone Freddy, [[2,178|injured;a=Malawi's Department of Disaster Management Affairs]] injured
and [[537|missing;a=Malawi's Department of Disaster Management Affairs]] were still missing.
[[Some 659,000 people|displaced;a=the department;alt=Malawi's Department of Disaster Management Affairs]]
were sheltering in [[747 camps|capacity;a=the department;alt=Malawi's Department of Disaster Management Affairs]],
the department said, most of them in Blantyre and the southern districts. Mudslides buried much
of Chilobwe township in Blantyre. President Lazarus Chakwera declared {{14 days}} of national
mourning. In Mozambique, the cyclone, which lasted more than {{five weeks}}, killed
[[at least 165 people|killed;a=authorities]], authorities said.
""",
)

item(
    "Cyclone Chido kills 120 in northern Mozambique; insurgents raid Macomia",
    """
Cyclone Chido killed [[at least 120 people|killed;a=Mozambique's disaster agency (INGD)]] and
injured [[868|injured;a=Mozambique's disaster agency (INGD)]] in Cabo Delgado, Nampula and
Niassa, Mozambique's disaster agency (INGD) said.
[[More than 155,000 houses|housing;a=the agency;alt=Mozambique's disaster agency (INGD)]] were
destroyed or damaged, the agency said. In Cabo Delgado, where an insurgency linked to Islamic
State has raged since {{2017}}, [[about 90,000 displaced people|displaced]] lost their tents and
shelters in sites around Mecúfi and Metuge. Insurgents took advantage of the chaos to raid
Macomia district, abducting [[at least nine people|kidnapped;a=residents]], including
[[four children|kidnapped;a=residents]], residents told Lusa. UNICEF said
[[some 250 schools|housing;a=UNICEF]] had lost their roofs. Chido's winds reached
{{260 km/h}} as it crossed from Mayotte.
""",
)

item(
    "Mayotte: France sends 1,600 police and gendarmes after Chido",
    """
France's interior ministry said [[39 people|killed;a=France's interior ministry]] had died in
Mayotte and [[more than 5,600|injured;a=France's interior ministry]] been injured, but officials
fear the true toll among undocumented migrants in the shanty towns could run into
[[hundreds|killed;p;a=officials]]. The shanty towns where
[[about 100,000 people|civilians]] lived were flattened. Interior Minister Bruno Retailleau said
[[1,600 police and gendarmes|combatants;n=police and gendarmes;a=Interior Minister Bruno Retailleau]]
had been sent to the island. Gendarmes arrested [[11 people|arrested]] for looting in
Mamoudzou. [[Some 120 tonnes|aid]] of food and water arrived on military flights from La Réunion.
A curfew is in force from {{10 p.m.}} to {{4 a.m.}}
""",
)

item(
    "Cyclone Mocha tears through Rakhine camps and Cox's Bazar",
    """
In Myanmar's Rakhine state, the junta said [[145 people|killed;a=the junta]] had died in Cyclone
Mocha, most of them Rohingya in displacement camps near Sittwe. The UN said
[[about 800,000 people|civilians;a=The UN]] in Rakhine needed help after the storm. Across the
border in Cox's Bazar, the cyclone damaged
[[more than 2,800 shelters|housing;a=the UN refugee agency]] in the Rohingya camps, the UN
refugee agency said. Bangladesh had moved [[some 750,000 people|displaced;a=officials]] away from
low-lying coasts before landfall, officials said.
[[About 3,000 Rohingya volunteers|other]] helped tie down roofs and move the elderly. Forecasters had warned that
[[as many as 2.3 million people|civilians;p;a=Forecasters]] could be in the storm's path. Mocha
struck with winds of {{209 km/h}}, among the strongest ever recorded in the Bay of Bengal.
""",
)

item(
    "Remal: Bangladesh moves 800,000 into cyclone shelters",
    """
Bangladesh moved [[about 800,000 people|displaced;a=State Minister for Disaster Management Mohibbur Rahman]]
into [[9,000 cyclone shelters|capacity;a=State Minister for Disaster Management Mohibbur Rahman]]
before Cyclone Remal made landfall, State Minister for Disaster Management Mohibbur Rahman said.
[[At least 16 people|killed]] were killed in Bangladesh and [[six|killed]] in India's West
Bengal. The ministry said [[about 150,000 homes|housing;a=The ministry]] were damaged or
destroyed. [[More than 78,000 volunteers|other]] of the Cyclone Preparedness Programme went
door to door with megaphones. [[Some 3.75 million people|civilians]] were left without power. By
Tuesday evening [[about 600,000|returned;a=district officials]] had left the shelters, district
officials said.
Remal brought winds of up to {{111 km/h}} and a storm surge of {{three metres}}.
""",
)

item(
    "Amphan: evacuations slowed by coronavirus rules",
    """
Bangladesh's disaster ministry said [[2.4 million people|displaced;a=Bangladesh's disaster ministry]]
had been moved to [[12,078 shelters|capacity;a=Bangladesh's disaster ministry]] as Cyclone Amphan
approached, with masks handed out and shelters filled to {{half}} capacity because of
{{COVID-19}}. West Bengal evacuated [[about 500,000|displaced]] from the Sundarbans and the
coast. The storm killed [[at least 84 people|killed;a=Chief Minister Mamata Banerjee]] in West
Bengal, Chief Minister Mamata Banerjee said, most of them crushed by falling trees or walls. In Bangladesh,
[[between 20 and 25 people|killed;a=officials]] died, officials said.
[[Tens of thousands of homes|housing]] were flattened in the Sundarbans. Amphan struck on
{{May 20}} with winds of {{185 km/h}}.
""",
)

item(
    "Typhoon Rai: 405 dead, 630,000 still displaced",
    """
The National Disaster Risk Reduction and Management Council (NDRRMC) said
[[405 people|killed;a=The National Disaster Risk Reduction and Management Council (NDRRMC)]] had
been killed, [[1,371|injured;a=The National Disaster Risk Reduction and Management Council (NDRRMC)]]
injured and [[82|missing;a=The National Disaster Risk Reduction and Management Council (NDRRMC)]]
were missing after Super Typhoon Rai, known locally as Odette.
[[More than 630,000 people|displaced]] remain in evacuation centres or with relatives.
[[About 540,000 houses|housing;a=the council;alt=The National Disaster Risk Reduction and Management Council (NDRRMC)]]
were damaged, {{a third}} of them destroyed, the council said. The Philippine Red Cross said
[[more than 10,000 families|aid;a=The Philippine Red Cross]] in Siargao and Dinagat had received
food and water. Rai hit on {{December 16}} with winds of {{195 km/h}}.
""",
)

item(
    "Kristine floods Bicol; Batangas landslide buries homes",
    """
Civil defence officials said Tropical Storm Kristine had killed
[[at least 150 people|killed;a=Civil defence officials]] and left
[[36|missing;a=Civil defence officials]] missing across Luzon. In Naga City,
[[some 20,000 families|displaced]] were staying in [[120 evacuation centres|capacity]] as
floodwater reached rooftops. The Philippine Coast Guard rescued
[[more than 2,000 people|other;a=The Philippine Coast Guard]], it said. Rescuers recovered
[[20 bodies|killed]] from a landslide in Talisay, Batangas. The Department of Social Welfare
and Development said it had delivered
[[300,000 family food packs|aid;a=The Department of Social Welfare and Development]].
[[Nearly 7.5 million people|civilians;a=The Department of Social Welfare and Development]]
have been affected, it added. The storm dumped {{a month's}} rain in {{24 hours}}.
""",
)

item(
    "Cebu counts its dead as evacuees begin to go home",
    """
Typhoon Kalmaegi killed [[at least 188 people|killed;a=the Office of Civil Defense]] in the
central Philippines, most in Cebu, the Office of Civil Defense said on Friday, and
[[135|missing;a=the Office of Civil Defense]] were still missing.
[[About 1.4 million people|displaced]] had been evacuated before the storm hit. By Friday,
[[about 380,000|returned;a=officials]] had gone back home, officials said, but
[[another 90,000|displaced;a=officials]] remained in evacuation centres because their houses
were gone. Local governments handed out [[some 200,000 family food packs|aid]]. Flash floods in Liloan swept away
[[dozens of houses|housing]] built on the riverbanks. President Ferdinand Marcos Jr declared a
state of calamity for {{one year}}.
""",
)

item(
    "Typhoon Yagi: Myanmar's junta appeals for foreign help",
    """
In Myanmar, the junta said [[433 people|killed;a=the junta]] had died in the floods that
followed Typhoon Yagi, [[79|missing;a=the junta]] were missing and
[[more than 320,000|displaced;a=the junta]] had been forced from their homes. The military
government, which rarely accepts foreign help, asked for aid. In Vietnam,
[[at least 299 people|killed;a=the disaster agency]] were killed and
[[34|missing;a=the disaster agency]] were missing, the disaster agency said. A landslide buried
most of Lang Nu village in Lao Cai province, where [[more than 40 villagers|killed]] died.
[[Some 260,000 houses|housing]] in northern Vietnam were damaged. Yagi hit Quang Ninh on
{{September 7}} as the strongest storm to strike Vietnam in {{three decades}}.
""",
)

item(
    "Hurricane Matthew: Haiti's south counts hundreds dead",
    """
Haiti's Civil Protection Directorate said [[546 people|killed;a=Haiti's Civil Protection Directorate]]
had been killed by Hurricane Matthew, with [[438|injured;a=Haiti's Civil Protection Directorate]]
injured and [[128|missing;a=Haiti's Civil Protection Directorate]] missing.
[[About 175,000 people|displaced]] were in [[307 shelters|capacity]], many of them churches and
schools. The UN said [[1.4 million people|civilians;a=The UN]] needed assistance, and appealed
for {{$120 million}}. The UN mission sent [[about 300 peacekeepers|combatants]] to escort convoys
to Jérémie, where crowds had stopped trucks. Matthew struck on {{October 4}} as a
{{Category 4}} storm.
""",
)

item(
    "Melissa: Cuba evacuates 735,000 as Jamaica digs out",
    """
Cuba evacuated [[more than 735,000 people|displaced;a=Cuban officials]] from the east of the
island before Hurricane Melissa made landfall, Cuban officials said. In Jamaica, the storm killed
[[at least 32 people|killed;a=the government]], the government said, and
[[more than 25,000 people|displaced;a=the government]] were in [[881 shelters|capacity]].
[[Hundreds of soldiers|combatants]] from the Jamaica Defence Force cleared roads to the
south-west. {{77%}} of electricity customers lost power. In Haiti, where the storm's outer
bands caused flooding, [[at least 30|killed;a=the civil protection agency]] died, the civil
protection agency said. The government said
[[as many as 120,000 homes|housing;a=The government]] may have lost their roofs. Melissa made landfall in Jamaica with winds of {{295 km/h}}.
""",
)

item(
    "Odisha moves 1.2 million out of Fani's path",
    """
Odisha evacuated [[1.2 million people|displaced;a=state officials]] within {{48 hours}} into
[[about 4,000 shelters|capacity;a=state officials]], state officials said, one of the largest
evacuations in India's history. Fani killed [[64 people|killed]] in the state, far fewer than
the cyclone of {{1999}}. [[Over 500,000 houses|housing;a=the state government]] were damaged,
the state government said. [[More than 1,000 emergency workers|other]] cleared roads in Puri
and Bhubaneswar. [[Hundreds of thousands of people|civilians]] in Puri were
without power and water for {{a week}}. The state plans to build
[[5,000 new houses|housing;p;a=The state]] for the poorest families. Winds reached {{205 km/h}} when Fani made landfall at {{8 a.m.}} on {{May 3}}.
""",
)

item(
    "Super Typhoon Goni is the strongest landfall on record",
    """
Super Typhoon Goni made landfall on Catanduanes early on Sunday with sustained winds of
{{225 km/h}} and gusts of {{280 km/h}}, the strongest landfall of any tropical cyclone on record.
It was the {{18th}} storm to enter the Philippine area of responsibility in {{2020}}, and the
{{second}} super typhoon in {{a week}}. Forecasters had warned of a storm surge of up to
{{five metres}}. Pressure at the centre dropped to {{905 hPa}}. Rainfall in Albay reached
{{380 mm}} in {{12 hours}}.
""",
)

item(
    "Insurance pays out to Mozambique, Malawi and Madagascar after Freddy",
    """
The African Risk Capacity paid {{$14.2 million}} to Malawi and {{$4.9 million}} to Madagascar
after Cyclone Freddy, the pool said on {{March 29, 2023}}. Mozambique received {{$1.5 million}}
from a separate drought and storm policy. The payments cover only about {{5%}} of estimated
losses. The pool was set up by the African Union in {{2012}}. Claims are settled within
{{three weeks}}.
""",
)
