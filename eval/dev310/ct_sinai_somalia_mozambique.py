"""Egypt's Sinai, Somalia with AMISOM/ATMIS and Puntland, Mozambique's Cabo Delgado and Kenya,
2014-2025."""

from _wrap import item

item(
    "Sinai 2018: military says 52 takfiri elements killed in latest phase",
    """
The Egyptian armed forces said on {{Tuesday}} that [[52 takfiri elements|killed;a=Egyptian armed forces]]
had been killed in the latest phase of Comprehensive Operation {{Sinai 2018}}. Troops arrested
[[more than 400 suspects|arrested;a=military spokesman]] and destroyed
[[about 1,200 explosive devices|other;a=military spokesman]] planted on roads in North and
Central Sinai, the military spokesman said in his {{11th}} statement on the operation.
[[Three officers and soldiers|killed;n=officers and soldiers;a=military spokesman]] were killed
and [[nine|injured;a=military spokesman]] wounded, he said. Air strikes destroyed
[[dozens of hideouts|other;u=structure]] and vehicles used by Wilayat Sinai, the
Islamic State affiliate. Rights groups said [[hundreds of residents|displaced;a=Rights groups]]
of al-Arish had been ordered to leave homes near the airport, where the army is creating a
buffer zone of {{5 kilometres}}.
""",
)

item(
    "Rawda mosque attack toll rises to 305, prosecutor says",
    """
The attack on the al-Rawda mosque in Bir al-Abd on {{24 November 2017}} killed
[[305 people|killed;a=public prosecutor]], including [[27 children|killed;a=public prosecutor]],
the public prosecutor said, making it the deadliest militant attack in Egypt's modern history.
[[At least 128|injured;a=statement;alt=public prosecutor]] were wounded, the statement said.
Witnesses said [[between 25 and 30 gunmen|combatants;a=Witnesses]] carrying the black flag of
the Islamic State arrived in [[five off-road vehicles|other;a=Witnesses]] and opened fire as the
sermon began. The attackers set fire to [[seven cars|other]] to block the roads. The mosque,
where [[about 500 worshippers|civilians]] had gathered for Friday prayers, is frequented by
followers of a Sufi order. President Abdel Fattah al-Sisi gave the army {{three months}} to
restore security in the peninsula.
""",
)

item(
    "Egypt razes Rafah homes for Gaza border buffer zone",
    """
Egyptian authorities demolished [[802 homes|housing;a=North Sinai governor]] and evicted
[[1,156 families|displaced;a=North Sinai governor]] along the border with Gaza in the {{first}}
phase of a buffer zone, the North Sinai governor said on {{1 November 2014}}. The zone,
{{500 metres}} deep in its first phase, was ordered after an attack on a checkpoint at Karm
al-Qawadis killed [[33 soldiers|killed]]. Families were given {{48 hours}} to leave. Residents
said [[dozens of families|displaced;a=Residents]] had moved in with relatives in al-Arish. Human
Rights Watch said in {{2015}} that [[at least 3,255 buildings|housing;a=Human Rights Watch]] had
been destroyed. The government said it would build a new city of
[[10,000 housing units|capacity;p;a=government]] for those evicted.
""",
)

item(
    "Displaced families return to Sheikh Zuweid villages as Sinai quiets",
    """
[[About 3,000 families|returned;a=North Sinai governorate]] have gone back to villages south of
Sheikh Zuweid and Rafah since {{2022}}, the North Sinai governorate said on {{Sunday}}, after
the army declared the insurgency defeated. The governorate said it had rebuilt or repaired
[[1,100 homes|housing;a=governorate;alt=North Sinai governorate]] and would build
[[another 1,600|housing;p;u=structure;a=governorate;alt=North Sinai governorate]] by
{{mid-2024}}. [[More than 20,000 people|displaced;a=tribal leaders]] remain displaced in al-Arish
and Bir al-Abd, according to tribal leaders. The Egyptian Red Crescent said
[[4,500 food parcels|aid;a=Egyptian Red Crescent]] were distributed to returnees last month. The
Union of Sinai Tribes, which fought alongside the army, said
[[more than 500 of its members|killed;a=Union of Sinai Tribes]] had been killed since {{2015}}.
""",
)

item(
    "Somali forces and clan militias retake Adan Yabaal from al-Shabaab",
    """
Somali forces backed by clan militias known as ma'awisley have recaptured
[[more than 60 towns and villages|other;n=towns and villages;a=government]] from al-Shabaab in
Hiraan and Middle Shabelle since {{August}}, the government said. The information ministry said
[[about 100 al-Shabaab fighters|killed;a=information ministry]] were killed in the battle for
Adan Yabaal, the group's administrative hub for {{more than a decade}}. Al-Shabaab said it had
killed [[several dozen soldiers|killed;a=Al-Shabaab]]. The UN said
[[about 45,000 people|displaced;a=UN]] had fled the fighting. The World Food Programme said it
delivered food to [[12,000 displaced households|aid;a=World Food Programme]] in Beledweyne using
[[18 trucks|aid;a=World Food Programme]]. Residents said retreating fighters had destroyed
[[at least 30 water wells|other;a=Residents]]. The government plans to recruit
[[15,000 more soldiers|combatants;p;a=government]] for a second phase of the offensive.
""",
)

item(
    "Mogadishu hotel siege ends after 30 hours; 21 dead",
    """
Somali security forces ended a {{30-hour}} siege of the Hayat hotel in Mogadishu on
{{21 August 2022}}, after al-Shabaab gunmen killed [[21 people|killed;a=health minister]] and
wounded [[117|injured;a=health minister]], the health minister said. Police said
[[106 people|kidnapped;a=Police]] held hostage inside the building, among them women and
children, had been freed. The police commissioner said
[[all six attackers|killed;a=police commissioner]] had been killed. [[Two neighbouring buildings|housing]]
were badly damaged by the blasts. Relatives said
[[about 20 guests|missing;a=Relatives]] were still unaccounted for on {{Monday}}.
""",
)

item(
    "Kenya silent on El Adde toll as families seek answers",
    """
Al-Shabaab fighters overran a Kenyan base at El Adde in Somalia's Gedo region on
{{15 January 2016}}, in the deadliest attack on AMISOM forces. Kenya has never given a full toll,
but Somalia's then president said in {{2017}} that
[[about 200 soldiers|killed;a=Somalia's then president]] had been killed. Al-Shabaab said it had
captured [[12 soldiers|kidnapped;a=Al-Shabaab]]. The Kenya Defence Forces said
[[nine soldiers|missing;a=Kenya Defence Forces]] were still unaccounted for in {{March}}.
[[Between 150 and 200 troops|combatants]] were at the base, which had been taken over from
Ethiopian forces {{three weeks}} earlier. The attackers, estimated at
[[several hundred|combatants]], used vehicle bombs to breach the
perimeter. The Kenyan government later said it would send
[[an additional 800 troops|combatants;p;a=Kenyan government]] to Gedo.
""",
)

item(
    "Puntland says over 200 IS fighters killed in Cal Miskaad offensive",
    """
Puntland's security forces have killed [[more than 200 Islamic State fighters|killed;a=Puntland's security minister]]
since launching an offensive in the Cal Miskaad mountains of Bari region in {{December 2024}},
Puntland's security minister said. Officials said [[at least 60 of the dead|killed;a=Officials]]
were foreign nationals. Troops have captured [[more than 30 positions|other]] and arrested
[[about 150 suspects|arrested]]. US Africa Command said it had carried out
[[six air strikes|other;u=other;a=US Africa Command]] in support of the operation since
{{February}}. Local media reported that [[about 40 Puntland soldiers|killed;a=Local media]] had
died. The fighting has displaced [[up to 1,000 pastoralist families|displaced;a=regional humanitarian agency]],
according to the regional humanitarian agency. Before the offensive, analysts estimated the group
had [[between 600 and 1,000 fighters|combatants;a=analysts]].
""",
)

item(
    "ATMIS completes second phase of troop drawdown",
    """
The African Union Transition Mission in Somalia (ATMIS) said on {{30 September 2023}} it had
withdrawn [[3,000 troops|combatants;a=African Union Transition Mission in Somalia (ATMIS)]] and
handed [[seven forward operating bases|other;u=structure;a=African Union Transition Mission in Somalia (ATMIS)]]
to the Somali National Army. In the {{first}} phase, [[2,000 soldiers|combatants]] left by
{{June}}. The mission, which numbered [[about 19,600 uniformed personnel|combatants]] at its peak,
is due to cut [[another 4,000|combatants;p]] by {{June 2024}} under UN Security Council
Resolution {{2687}}. Somali officials asked for a {{three-month}} pause, saying the army was not
ready to hold all the bases. A UN report estimated al-Shabaab's strength at
[[7,000 to 12,000 fighters|combatants;a=UN report]].
""",
)

item(
    "Palma attack: dozens killed, thousands flee Cabo Delgado town",
    """
Insurgents linked to the Islamic State killed [[dozens of people|killed;a=government]] in a
coordinated attack on Palma that began on {{24 March 2021}}, the government said.
[[More than 11,000 people|displaced;a=International Organization for Migration]] have arrived in
Pemba, Nangade, Mueda and Montepuez, according to the International Organization for Migration.
[[About 1,400 people|displaced]] were evacuated by boat from the Afungi peninsula, while
[[hundreds more|civilians;n=-]] remained trapped near the gas project. A South African security
contractor said its helicopters had airlifted [[about 220 people|displaced;a=South African security contractor]]
from the besieged Amarula hotel. [[Seven people|killed]] died when a convoy fleeing the hotel
was ambushed. Families said [[at least 30 people|missing;a=Families]] were still unaccounted for
a week later.
""",
)

item(
    "Rwandan troops retake Mocímboa da Praia port",
    """
Rwandan and Mozambican troops recaptured the port town of Mocímboa da Praia on
{{8 August 2021}}, {{two years}} after insurgents seized it, the Rwanda Defence Force said.
Rwanda deployed [[1,000 soldiers and police|combatants;n=soldiers and police]] in {{July}}. The
RDF said [[at least 70 insurgents|killed;a=RDF]] had been killed since the deployment, while
[[four Rwandan soldiers|killed;a=RDF]] died. The Southern African Development Community's mission
has [[about 1,900 troops|combatants]] in neighbouring districts. By {{2023}},
[[more than 420,000 people|returned;a=International Organization for Migration]] had returned to
their home districts, according to the International Organization for Migration. Local
authorities said [[more than 1,700 homes|housing;a=Local authorities]] in the town had been
burned or damaged, {{60 per cent}} of the total.
""",
)

item(
    "Insurgents raid Macomia; thousands flee, homes and schools burned",
    """
[[About 200 insurgents|combatants;a=local officials]] stormed Macomia town on {{10 May 2024}},
looting food stores and clashing with troops for {{two days}}, local officials said.
[[More than 10,000 people|displaced;a=International Organization for Migration]] fled towards
Pemba and Mucojo, the International Organization for Migration said. The fighters burned
[[at least 40 houses|housing]] and [[two schools|housing]]. Human Rights Watch said the
insurgents had abducted [[at least a dozen children|kidnapped;a=Human Rights Watch]] to use as
fighters. The army said it killed [[10 attackers|killed;a=army]] and lost
[[three soldiers|killed;a=army]]. The World Food Programme said roughly
[[30 tonnes|aid;a=World Food Programme]] of food had been looted from its warehouse. UNICEF
said it planned to reach [[up to 25,000 people|aid;p;a=UNICEF]] with water and hygiene kits.
""",
)

item(
    "Four police officers killed in Lamu IED blast; KDF pounds Boni forest hideouts",
    """
[[Four police officers|killed;a=police]] were killed and [[three others|injured;a=police]]
wounded when their vehicle hit an improvised explosive device near Milimani in Lamu County on
{{Monday}}, police said. The Kenya Defence Forces said air strikes had destroyed
[[eight al-Shabaab hideouts|other;u=structure;a=Kenya Defence Forces]] in the Boni forest.
[[About 2,500 residents|displaced;a=county commissioner]] of villages along the Lamu-Kiunga road
have moved to Mokowe and Hindi since {{January}}, the county commissioner said. The Kenya Red
Cross said it had given food to [[800 households|aid;a=Kenya Red Cross]]. Since Operation Linda
Boni began in {{2015}}, [[more than 100 security officers|killed;a=Nation newspaper]] have died in
bomb attacks in the county, according to the Nation newspaper.
""",
)

item(
    "Garissa University attack: 148 killed, Kenyan officials say",
    """
Al-Shabaab gunmen killed [[148 people|killed;a=Interior Cabinet Secretary]],
[[142|killed;a=Interior Cabinet Secretary]] of them students, at Garissa University College on
{{2 April 2015}}, the Interior Cabinet Secretary said. [[Seventy-nine|injured]] were wounded.
[[All four gunmen|killed]] were shot dead by the security forces after a siege of
{{about 15 hours}}. The Kenya Red Cross said [[587 students|displaced;a=Kenya Red Cross]] had
been evacuated from the campus. Police said [[five suspects|arrested;a=Police]] had been
arrested, and the government offered a reward of {{Sh20 million}} for the alleged mastermind.
""",
)

item(
    "Egypt lifts state of emergency for first time in years",
    """
President Abdel Fattah al-Sisi said on {{25 October 2021}} that he would not extend the state of
emergency, ending it for the {{first}} time in {{four years}}. The measure was imposed in
{{April 2017}} after church bombings and had been renewed every {{three months}} since. Egypt
had lived under emergency rule for most of the period from {{1981}} to {{2012}}. Rights groups
said laws passed since {{2015}} gave the authorities many of the same powers.
""",
)

item(
    "Security Council backs new AU mission in Somalia, funding unresolved",
    """
The UN Security Council on {{27 December 2024}} authorised the African Union Support and
Stabilization Mission in Somalia (AUSSOM) to replace ATMIS from {{1 January 2025}} for an initial
{{12 months}}. Under Resolution {{2719}}, adopted in {{2023}}, up to {{75 per cent}} of the
costs of AU-led missions can be met from UN assessed contributions. The AU says it faces a gap
of {{$96 million}} for the {{2025}} budget. The vote came {{three days}} before the previous
mandate expired.
""",
)
