"""Fires, storms, floods and evictions in camps and informal sites in Europe, Lebanon, Jordan,
Iraq, Gaza and Libya, 2014-2026."""

from _wrap import item

item(
    "Moria burns: 12,000 asylum seekers without shelter on Lesbos",
    """
Fires destroyed most of the Moria camp on Lesbos overnight into {{September 9, 2020}},
leaving [[more than 12,000 asylum seekers|displaced;a=Greek officials]] without shelter,
Greek officials said. The camp had been built for [[about 2,750 people|capacity]]. The fire
service said [[25 firefighters|other;a=The fire service]] and [[10 engines|other;u=other;a=The
fire service]] had battled the flames, which were fanned by winds of {{70 km/h}}. Migration
minister Notis Mitarachis said [[about 400 unaccompanied minors|displaced;a=Notis
Mitarachis]] had been flown to the mainland. Police said on {{September 16}} they had
arrested [[six young Afghans|arrested;a=Police]] on suspicion of arson. The government said a
temporary camp at Kara Tepe would hold [[5,000 people|capacity;p;a=The government]], and
UNHCR flew in [[1,000 family tents|aid]].
""",
)

item(
    "Bulldozers and buses: France empties the Calais 'Jungle'",
    """
French authorities began dismantling the sprawling Calais migrant camp known as the Jungle on
{{October 24, 2016}}, with [[about 1,250 police officers|combatants;a=officials]] on hand,
officials said. The interior ministry said [[2,318 migrants|displaced;a=The interior
ministry]] left on the first day aboard [[60 buses|other;a=The interior ministry]] bound for
reception centres across France. Charities had counted [[up to 8,000
people|displaced;a=Charities]] in the camp, while the prefecture put the figure at [[about
6,400|displaced;a=the prefecture]]. The state said it had space for [[7,500
people|capacity;a=The state]] in the centres. On the {{third}} day fires set in the camp burned
[[dozens of shacks|housing;u=structure]], and police detained [[four British
activists|arrested]]. Aid groups said [[about 1,500 unaccompanied minors|displaced;a=Aid
groups]] were moved into shipping containers on the site.
""",
)

item(
    "Lipa camp gutted by fire as IOM pulls out",
    """
A fire gutted the Lipa migrant camp in north-western Bosnia on {{December 23, 2020}}, hours
after the IOM pulled out, leaving [[about 1,300 migrants|displaced;a=the IOM]] in the snow,
the IOM said. The camp, opened in {{April}} as a temporary summer facility, had space for
[[1,500 people|capacity]]. Police said [[six migrants|arrested;a=Police]] had been detained on
suspicion of starting the fire. Bosnian soldiers later put up [[25 heated army
tents|capacity]] on the site, and [[about 100 police|combatants]] were sent to stop the men from
walking to Bihac. [[About 900 migrants|displaced;a=the Red Cross]] remained at Lipa in
temperatures of {{minus 10 degrees Celsius}}, according to the Red Cross, while [[some 3,000
others|displaced;a=aid groups]] slept rough across Una-Sana canton, aid groups said. The EU
announced {{€3.5 million}} in emergency aid.
""",
)

item(
    "Youths torch Syrian refugee settlement in north Lebanon",
    """
Lebanese youths set fire to an informal settlement of Syrian refugees in Bhanine, northern
Lebanon, overnight after a brawl, burning [[dozens of tents|housing;a=UNHCR]] and forcing
[[around 370 refugees|displaced;a=UNHCR]] to flee, UNHCR said. The army said it had detained
[[two Lebanese men|arrested;a=The army]] and [[six Syrians|arrested;a=The army]]. [[Three
people|injured;a=the Lebanese Red Cross]] were taken to hospital with burns, the Lebanese Red
Cross said. The settlement had been home to [[about 75 families|displaced]] from Homs and
Idlib. The government estimates that Lebanon hosts [[some 1.5 million Syrian
refugees|displaced;a=The government]], {{nine in 10}} of whom live in extreme poverty.
""",
)

item(
    "Storm Norma floods hundreds of refugee settlements in Lebanon",
    """
Storm Norma battered Lebanon for {{four days}} in {{January 2019}}, flooding or damaging [[at
least 570 informal settlements|capacity;a=UNHCR]] where Syrian refugees live, UNHCR said, and
affecting [[more than 11,300 refugees|civilians;a=UNHCR]]. In the Bekaa Valley, [[about 850
tents|housing;a=the agency;alt=UNHCR]] collapsed under the weight of snow, the agency said.
Civil defence teams evacuated [[some 1,200 people|displaced]] from flooded camps near the
Litani river. The Lebanese Red Cross said it had distributed [[4,500 blankets|aid;a=The
Lebanese Red Cross]] and [[900 mattresses|aid;a=The Lebanese Red Cross]]. Snow up to {{1.5
metres}} deep cut off the road to Arsal, where [[around 15,000 people|displaced]] live in
tented camps.
""",
)

item(
    "Arsal refugees tear down their own walls as army deadline expires",
    """
Syrian refugees in Arsal began tearing down the concrete walls of their shelters on Saturday
after the army's deadline to remove any cement structure higher than {{one metre}} expired.
Aid groups estimated that [[some 5,000 shelters|housing;p;a=Aid groups]] would have to be
demolished, leaving [[up to 25,000 people|displaced;p;a=Aid groups]] without a proper roof,
including [[about 15,000 children|displaced;p;a=Aid groups]]. By mid-July the army had razed
[[at least 20 shelters|housing;a=a municipal official]] that residents had not dismantled
themselves, a municipal official said. The Norwegian Refugee Council said it had handed timber
and plastic sheeting to [[1,400 households|aid;a=The Norwegian Refugee Council]]. Arsal hosts
[[about 60,000 refugees|displaced]] in [[roughly 120 camps|capacity]].
""",
)

item(
    "Rain and wind sweep away tents in Gaza's al-Mawasi",
    """
Heavy rain and strong winds flooded tents across Gaza's al-Mawasi area overnight, and the
Palestinian civil defence said [[more than 10,000 tents|housing;a=the Palestinian civil
defence]] had been swept away or damaged. UNRWA said [[some 1.9 million people|displaced;a=UNRWA]]
were displaced across the Strip, many in [[about 450 displacement sites|capacity;a=UNRWA]].
[[Three infants|killed;a=Nasser Hospital]] died of hypothermia in {{48 hours}}, according to
Nasser Hospital in Khan Younis. The Norwegian Refugee Council said [[only 23 trucks|aid;a=The
Norwegian Refugee Council]] carrying shelter materials had entered in November, while [[about
945,000 people|civilians;a=The Norwegian Refugee Council]] needed winter supplies. The UN said
it had distributed [[about 1,700 tents|aid;a=The UN]] in the past week.
""",
)

item(
    "Fire destroys hundreds of tents at Yazidi camp near Duhok",
    """
A fire tore through the Sharya camp for displaced Yazidis near Duhok on {{June 4, 2021}},
burning [[about 400 tents|housing;a=Sardar Ahmed]], said Sardar Ahmed, the camp manager. No one
was killed, but [[11 people|injured;a=Duhok's health directorate]] were treated for smoke
inhalation and burns, Duhok's health directorate said. The Joint Crisis Coordination Centre
said [[about 1,500 people|displaced;a=The Joint Crisis Coordination Centre]] had lost their
tents. The camp houses [[about 14,500 Yazidis|displaced]], most of whom fled Sinjar in
{{August 2014}}. The IOM said it would replace [[all 400 tents|housing;p;a=The IOM]] within
{{two weeks}}. [[Twelve fire engines|other;u=other]] from Duhok and Semel reached the camp
within the hour.
""",
)

item(
    "Snowstorm Huda buries Zaatari",
    """
A snowstorm blanketed northern Jordan in {{January 2015}}, dumping up to {{30 centimetres}} of
snow on the Zaatari camp, home to [[about 84,000 Syrian refugees|displaced]]. UNHCR said
strong winds had damaged [[some 350 tents|housing;a=UNHCR]] and [[40 prefabricated
caravans|housing;a=UNHCR]], and that [[about 1,800 refugees|displaced;a=UNHCR]] living in
tents had been moved into [[five communal halls|capacity;u=structure;a=UNHCR]]. The agency
said it had distributed [[28,000 extra blankets|aid;a=The agency;alt=UNHCR]] and gas heaters
to [[9,000 families|aid;a=The agency;alt=UNHCR]]. Jordanian police said [[14
refugees|injured;a=Jordanian police]] were hurt when a heater set a caravan alight. A
{{four-month-old}} baby died of cold in a tent near Mafraq, local media reported.
""",
)

item(
    "Vial camp on Chios set ablaze after woman's death",
    """
Migrants set fire to parts of the Vial camp on the Greek island of Chios on {{April 18, 2020}}
after an Iraqi woman died of a heart condition, police said. The blaze destroyed [[between
400 and 500 tents|housing;a=the fire service]] and [[about 40 containers|housing;a=the fire
service]] used as homes, according to the fire service. Police said [[five people|injured;a=Police]]
had been hurt, including [[two police officers|injured;a=Police]]. [[About 100 riot
police|combatants]] were flown in from Athens, and [[12 asylum
seekers|arrested;a=a police spokesman]] were arrested, a police spokesman said. The camp, built
for [[about 1,000 people|capacity]], held [[more than 5,800|displaced]] at the time, many
of them from Afghanistan.
""",
)

item(
    "Paris police clear Saint-Denis camp under motorway",
    """
Police cleared a makeshift camp under the {{A1}} motorway in Saint-Denis, north of Paris, on
{{November 17, 2020}}, moving [[about 2,000 migrants|displaced;a=the Paris police
prefecture]] to gymnasiums and hotels, according to the Paris police prefecture. The
prefecture said [[500-600 officers|combatants;a=The prefecture]] took part and that [[3,000
people|displaced;a=The prefecture]] had been offered shelter. Aid groups said [[several
hundred people|displaced;a=Aid groups]] were left on the street. Days later officers tore
down [[about 500 tents|housing]] that the evicted migrants had pitched in the Place de la
République, and police detained [[two people|arrested]]. It was the {{65th}} such operation in
the Paris region since {{2015}}.
""",
)

item(
    "Flash floods swamp camps for displaced in Nineveh",
    """
Flash floods swept through [[at least four camps|capacity;a=the IOM]] for Iraqis displaced by
the war against Islamic State in Nineveh province on {{November 24, 2018}}, the IOM said,
affecting [[about 1,900 families|civilians;a=the IOM]]. Authorities said [[at least 21
people|killed;a=Authorities]] had died in flooding across Nineveh and Salahuddin. In the Khazir
camp, [[more than 2,000 tents|housing]] were flooded, and [[some 400 families|displaced]] were
moved to a school. The UN humanitarian coordinator warned that [[up to 10,000
people|civilians;p;a=The UN humanitarian coordinator]] could be affected if more rain fell as
forecast.
""",
)

item(
    "Mavrovouni tents flooded weeks after Moria fire",
    """
Heavy rain flooded [[about 80 tents|housing;a=the migration ministry]] at the temporary
Mavrovouni camp on Lesbos, built after the Moria fire, the migration ministry said. The camp
holds [[about 7,800 people|displaced]], roughly a third of them children. Aid workers moved
[[more than 200 families|displaced]] to higher ground. UNHCR said it had delivered [[150
winterised tents|aid;a=UNHCR]]. The government plans a closed facility for [[up to 3,000
people|capacity;p;a=The government]] on the island by {{2021}}. Tests found lead in the soil at
up to {{2,000 milligrams per kilogram}} near the old firing range.
""",
)

item(
    "Storm Daniel: 43,000 displaced in eastern Libya",
    """
Storm Daniel's floods in eastern Libya displaced [[at least 43,000 people|displaced;a=the
IOM]], the IOM said on {{September 19, 2023}}, many of them sheltering in [[about 30
schools|capacity;a=the IOM]] in Derna, Benghazi and al-Bayda. The World Health Organization
said [[3,958 bodies|killed;a=The World Health Organization]] had been recovered and identified,
and that [[more than 9,000 people|missing;a=The World Health Organization]] were still
missing. Eastern authorities said they would build [[1,000 prefabricated homes|capacity;p;a=Eastern
authorities]] for families from the destroyed wadi district. OCHA said [[some 884,000
people|civilians;a=OCHA]] needed help. Rescuers said the dams above Derna burst within minutes of each other.
""",
)

item(
    "Grande-Synthe camp destroyed after brawl",
    """
A fire destroyed most of the Grande-Synthe migrant camp near Dunkirk on the night of {{April
10, 2017}}, after a brawl between Afghans and Kurds in which [[10 people|injured;a=the
prefecture]] were hurt, the prefecture said. [[About 1,500 people|displaced]] had lived in the
camp, and the flames burned [[at least 200 wooden huts|housing]]. Local officials said [[about
1,000 people|displaced;a=Local officials]] had been sheltered in gymnasiums, while [[several
hundred others|displaced;a=Local officials]] had vanished into the countryside. The camp, set up
by MSF and the town in {{March 2016}}, had been designed for [[700 people|capacity]]. Police said
[[three Afghans|arrested;a=Police]] were later detained.
""",
)

item(
    "EU money for Greek island camps",
    """
The European Commission approved {{€276 million}} in {{2020}} for new reception centres on
the Greek islands, and the Samos facility opened in {{September 2021}}. Greek officials said
the budget line for {{fiscal year 2022}} was {{18 per cent}} higher. The new sites sit up to
{{7 km}} from the nearest town and are ringed by fences {{3 metres}} high. Rights groups said
the {{2021}} rules on movement breached EU law.
""",
)

item(
    "Bekaa braces for a hard winter",
    """
Forecasters expect temperatures in the Bekaa Valley to fall below {{minus 5 degrees}} from
{{January 10}}, with snow above {{1,000 metres}} and winds of {{70 km/h}}. UNHCR's winter cash
grant is {{$75}} a month per household from {{December}} to {{March}}, down from {{$100}} in
{{2019}}. About {{90 per cent}} of Syrian refugees in Lebanon live below the extreme poverty
line, the agency said.
""",
)
