"""Chiapas: families fleeing the cartels' war across the border to Guatemala, and going back."""

from _wrap import item

item(
    "Hundreds of Chiapas families cross into Guatemala",
    """
[[About 580 Mexicans|displaced;a=Guatemala's Institute of Migration]] crossed into
Guatemala's Huehuetenango department on {{Wednesday}} and {{Thursday}}, fleeing fighting between
the Sinaloa Cartel and the Jalisco New Generation Cartel around Amatenango de la Frontera,
Guatemala's Institute of Migration said. Most of them are women and children, the institute said. Authorities in Cuilco and La Democracia opened
[[three shelters|capacity;a=Authorities in Cuilco and La Democracia]] in schools and a church.
Guatemala's disaster agency CONRED said it had delivered [[1,200 hygiene kits|aid;a=Guatemala's
disaster agency CONRED]] and [[600 blankets|aid;a=Guatemala's disaster agency CONRED]].
President Bernardo Arévalo said [[up to 2,000 more people|displaced;a=President Bernardo
Arévalo;p]] could arrive. In Mexico, the Chiapas government said [[25 gunmen|arrested;a=the
Chiapas government]] had been arrested in the area.
""",
)

item(
    "UNHCR counts Mexicans sheltering in Huehuetenango",
    """
The UN refugee agency UNHCR said on Friday that [[between 800 and 1,000 Mexican nationals|
displaced;a=The UN refugee agency UNHCR]] were sheltering in Cuilco and Tectitán. The agency said
[[about 230 families|displaced;a=The agency;alt=The UN refugee agency UNHCR]] were staying with
Guatemalan host families, and [[another 140 people|displaced;a=The agency;alt=The UN refugee
agency UNHCR]] in [[two collective shelters|capacity;a=The agency;alt=The UN refugee agency
UNHCR]]. [[Some 40 of them|displaced;n=-]] have asked for asylum in Guatemala. UNHCR has sent
[[300 family tents|aid;a=UNHCR]], it said. The host communities themselves number
[[about 9,000 people|civilians]], many of whom live on less than {{$3}} a day.
""",
)

item(
    "Chiapas families go home to Frontera Comalapa",
    """
[[About 360 people|returned;a=the Mexican consulate in Huehuetenango]] who had fled to Guatemala
returned to Frontera Comalapa and Chicomuselo on Monday in buses provided by the Chiapas
government, the Mexican consulate in Huehuetenango said. They travelled in [[nine buses|other]]
escorted by [[120 soldiers|combatants]]. The consulate said [[about 200 others|displaced;a=The
consulate]] had chosen to stay in Guatemala for now. Chiapas governor Eduardo Ramírez said the
state would give each of the [[312 returning families|aid;a=Chiapas governor Eduardo Ramírez;p]] {{5,000 pesos}} and a month of food rations.
The returning families found [[about 50 houses|housing]] looted. A mobile clinic treated
[[28 people|other]] that night, the consulate said.
""",
)

item(
    "Chicomuselo under cartel siege",
    """
In Chicomuselo, residents of [[some 15 communities|civilians;u=other]] have been trapped by
roadblocks set by cartel gunmen for {{three weeks}}, the Fray Bartolomé de las Casas Human Rights
Centre said. [[About 4,500 people|civilians;a=the Fray Bartolomé de las Casas Human Rights
Centre]] have run short of food and medicine, it said. The centre documented
[[eleven killings|killed;a=The centre]] and [[at least 30 people|kidnapped;a=The centre]] taken
by gunmen, many of them young men forced to work as lookouts. [[Hundreds|displaced;a=residents]]
have left on foot through the mountains, residents said. [[Sixty|other;a=the parish]] have sought
medical care for exhaustion, according to the parish.
A humanitarian caravan reached the area on {{Friday}} with [[12 trucks|aid]] of food, enough for [[200-250 families|aid;a=the centre;alt=the Fray Bartolomé de las Casas Human Rights Centre]], the centre said.
""",
)

item(
    "Amatenango: burned houses and an empty town",
    """
Of the [[roughly 700 homes|other]] in El Portal, Amatenango de la Frontera, [[at
least 85|housing;a=municipal officials;u=structure]] were burned and [[about 200|housing;a=municipal
officials;u=structure]] looted in {{July}}, municipal officials said. [[About 2,900 of the town's 3,100 residents|displaced;a=municipal officials]] have left, they said. Soldiers found
[[five bodies|killed]] in a ravine. Forensic experts said [[two|killed;n=-]] belonged to men
reported missing by their families. The National Guard has stationed [[150 officers|combatants]]
in the town square.
""",
)

item(
    "Guatemalan army reinforces border after Mexican cartel clashes",
    """
Guatemala's Defence Ministry said it had sent [[1,200 soldiers|combatants;a=Guatemala's Defence
Ministry]] to the border departments of Huehuetenango and San Marcos after shooting across the
frontier with Mexico. The ministry said [[about 30 Mexican gunmen|combatants;a=The ministry;alt=Guatemala's
Defence Ministry]] had crossed into Guatemala near La Mesilla. [[Four|arrested;a=The ministry;alt=Guatemala's
Defence Ministry]] were detained, it said, and [[two pickups|other]] carrying rifles were seized.
Guatemalan villagers in [[six hamlets|displaced;a=Huehuetenango's governor]] along the line moved to
safer areas, Huehuetenango's governor said. The border crossing at La Mesilla was closed for
{{48 hours}}.
[[About 900 Guatemalans|displaced;a=the municipality of La Democracia]] from the hamlets are
staying in [[four schools|capacity]], the municipality of La Democracia said.
""",
)

item(
    "UNHCR: 2,200 Mexicans sought refuge in Guatemala in a year",
    """
[[More than 2,200 Mexicans|displaced;a=UNHCR]] sought refuge in Guatemala in the year to
{{September}}, UNHCR said in a report on displacement along the border, almost all of them from
Chiapas. [[Fewer than 300|other;a=the agency;alt=UNHCR]] applied for asylum, and [[about 1,600|returned;a=the agency;alt=UNHCR]]
have since gone back to Mexico, the agency said. Inside Chiapas, the report said,
[[15,000-20,000 people|displaced;a=the report]] have been displaced at least once since
{{2021}}. UNHCR asked donors for {{$4.8 million}} for its border response, {{18%}} of which is
funded.
Guatemala's Institute of Migration said [[three shelters|capacity;a=Guatemala's Institute of Migration]] remained
open, holding [[about 150 people|displaced;a=Guatemala's Institute of Migration]], and that
[[no more than 40 families|returned;a=Guatemala's Institute of Migration;p]] were expected to return next month.
""",
)

item(
    "Border parish shelters fleeing Chiapas villagers",
    """
Father Marcelo Pérez's former parish in Simojovel now shelters [[62 families|displaced;a=the
parish]], the parish said. Pérez, an indigenous Tsotsil priest, was shot dead in San Cristóbal
de las Casas in {{October 2024}}. [[A further 35 families|displaced]] sleep in a school next door,
and the diocese said it would open a second shelter for [[150 people|capacity;a=the diocese;p]]
when funds arrive. The diocese distributes [[about 400 meals a day|aid]]. [[Three men|arrested;a=state
prosecutors]] have been charged over the priest's killing, state prosecutors said.
The diocese said [[about 2,000 people|displaced;a=The diocese]] had fled Simojovel and
Pantelhó since {{2021}}.
""",
)

item(
    "Chiapas prosecutors say 47 killed in Frailesca clashes",
    """
Clashes in the Frailesca region of Chiapas between the CJNG and the Sinaloa Cartel have killed
[[47 people|killed;a=the Chiapas prosecutor's office]] since {{June}}, among them
[[14 civilians|killed;a=the Chiapas prosecutor's office]], the Chiapas prosecutor's office said on
Sunday. Police found [[11 burned vehicles|other]] and [[two armoured trucks|other]] after a battle
near Villaflores. Officials said [[about 1,000 residents|displaced;a=Officials]] had fled to Tuxtla
Gutiérrez, and [[around 60 more|missing;a=Officials;n=-]] were unaccounted for. The state has sent
[[500 police|combatants;a=The state]], it said.
""",
)

item(
    "Guatemala opens temporary camp near Gracias a Dios",
    """
Guatemala's social welfare secretariat has opened a tent camp near Gracias a Dios with
[[room for 500 people|capacity;a=Guatemala's social welfare secretariat;n=people]], the
secretariat said. It now holds [[317 Mexicans|displaced;a=the secretariat;alt=Guatemala's social
welfare secretariat]], [[128 of them|civilians;a=the secretariat;alt=Guatemala's social welfare
secretariat;n=-]] children, it said. The camp has [[40 tents|aid]], [[12 latrines|aid]] and
a clinic that has treated [[76 people|other]] for respiratory infections. Mexico's foreign ministry
said it would repatriate those who wish to go home once the road is safe.
Guatemalan police said [[about 15 Mexicans|arrested;a=Guatemalan police]] had been turned back at the camp's gate for carrying weapons.
""",
)

item(
    "Tila's exodus, two years on",
    """
In {{June 2024}}, [[about 4,000 residents|displaced;a=the diocese of San Cristóbal]] of Tila fled
after an armed group burned homes, the diocese of San Cristóbal said at the time. Two years later,
[[only some 1,200|returned;a=the town council]] have returned, the town council says.
[[Seventy-two houses|housing;a=the council;alt=the town council]] burned in the attack have been
rebuilt, the council said, and [[48 more|housing;a=the council;alt=the town council;p;u=structure;n=-]]
will be finished this year. [[Seventeen men|arrested]] accused of belonging to the armed group
are in prison.
[[About 300 families|displaced;a=the council;alt=the town council]] are still in Yajalón
and Salto de Agua, the council said.
""",
)

item(
    "Mexican refugee children enrol in Guatemalan schools",
    """
Guatemala's education ministry has enrolled [[430 Mexican children|displaced;a=Guatemala's
education ministry]] who fled Chiapas in [[22 schools|capacity;a=Guatemala's education ministry]]
in Huehuetenango, the ministry said. UNICEF said it had sent [[2,500 school kits|aid;a=UNICEF]].
Teachers in Cuilco said classes of {{40}} pupils had grown to {{60}}. [[About 90 of the
children|other;a=UNICEF]] were receiving psychological support, according to UNICEF.
The ministry said it had hired [[18 more teachers|other;a=The ministry;alt=Guatemala's education ministry]]
and that [[up to 200 more children|displaced;a=the ministry;alt=Guatemala's education ministry;p]] could
enrol by {{January}}. [[Sixty-five children|returned]] have already gone back to Chiapas with their parents.
""",
)

item(
    "Migrants caught in Chiapas crossfire",
    """
Armed groups in Chiapas have kidnapped [[at least 1,450 migrants|kidnapped;a=Doctors Without
Borders]] passing through the state this year, Doctors Without Borders said. The group said its
teams in Tapachula and Palenque had treated [[327 people|injured;a=The group;alt=Doctors Without
Borders]] for injuries from beatings, and [[94|other;a=The group;alt=Doctors Without Borders]]
survivors of sexual violence. The National Migration Institute said it had rescued
[[more than 600 migrants|kidnapped;a=The National Migration Institute]] held in safe houses in
Tapachula. Around {{30%}} of the migrants are children.
In Tapachula, [[about 3,000 migrants|displaced;a=the city]] are staying in
[[14 shelters|capacity;a=the city]] built for [[1,500|capacity;a=the city]], the city said.
""",
)

item(
    "Chiapas governor announces border force",
    """
Chiapas governor Eduardo Ramírez announced on Friday a new state border force, the Pakal
force, with [[2,000 officers|combatants;a=Chiapas governor Eduardo Ramírez]] and
[[200 vehicles|other;a=Chiapas governor Eduardo Ramírez]]. He said the force had already arrested
[[358 suspects|arrested;a=Chiapas governor Eduardo Ramírez]] and freed [[47 kidnap victims|
kidnapped;a=Chiapas governor Eduardo Ramírez]] in its {{first}} {{100 days}}. [[About 1,000 more officers|combatants;p]] are to be hired in {{2026}}.
Ramírez said [[about 8,000 people|returned;a=Ramírez]] displaced by cartel fighting in the state had returned home since
{{December 2024}}.
""",
)

item(
    "Coffee growers in Chiapas count a poor harvest",
    """
Coffee production in Chiapas fell to {{1.4 million}} sacks in the {{2024-2025}} harvest, down
{{12%}}, the state's growers' council said. Prices rose to {{4,200 pesos}} per {{100 kilograms}}.
Growers blamed rust and a drought that left rainfall at {{60%}} of normal.
""",
)

item(
    "Guatemala's border fair returns after three years",
    """
The annual fair of La Mesilla reopened on {{15 August}} after {{three years}} of closure, the
municipality said. Stalls ran for {{nine days}}; the fair was {{first}} held in {{1954}}. Entry
cost {{10 quetzales}}, and organisers expected sales of {{2 million quetzales}}.
""",
)
