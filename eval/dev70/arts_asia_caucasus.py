"""eval/dev70 items: Myanmar, Nagorno-Karabakh and the Armenia-Azerbaijan border, Kashmir's
Line of Control, the Thailand-Cambodia border, Pakistan and Afghanistan, and Iran (2014-2025).

Villages and homes burned in Myanmar (Myanmar Witness, Data for Myanmar), airstrikes on a
ceremony and a school, Thantlang and Buthidaung, Operation 1027 and Bhamo; Ganja and
Stepanakert in 2020, the exodus of 2023, mines and returns; shelling on both sides of the
Line of Control and the bunkers built for it; rockets on Sisaket; strikes on Iran.
"""

from figset import F

F(
    "Myanmar Witness verifies over 1,000 village burnings",
    "Myanmar Witness said it had verified "
    "[[more than 1,000 incidents|other;u=other;a=Myanmar Witness]] of villages being burned "
    "across Myanmar since the {{February 2021}} coup, most of them in Sagaing and Magway "
    "regions. In Kani township alone it documented "
    "[[46 villages|housing;a=Myanmar Witness]] burned in {{2024}}.",
)

F(
    "Researchers estimate 80,000 homes burned since coup",
    "Data for Myanmar, an independent research group, estimated that "
    "[[more than 80,000 homes|housing;a=Data for Myanmar]] had been burned or destroyed since "
    "the coup, [[about 64,000|housing;u=structure;a=Data for Myanmar]] of them in Sagaing "
    "region, where the army has torched whole villages in reprisal for attacks by "
    "resistance forces.",
)

F(
    "Airstrike on village ceremony in Sagaing",
    "A military airstrike on a ceremony to open a resistance office in Pazigyi village in "
    "Sagaing region killed [[about 170 people|killed;a=witnesses]], including "
    "[[about 40 children|killed;a=witnesses]], witnesses told the BBC. A junta spokesman said the "
    "strike had targeted fighters of the People's Defence Force.",
)

F(
    "Soldiers set fire to houses in Thantlang",
    "Soldiers set fire to [[more than 160 houses|housing;a=local groups]] in Thantlang, a town "
    "in Chin state, on Friday, local groups said, a month after shelling there began. Most of "
    "the town's [[10,000 residents|civilians]] had already fled to India's Mizoram state or to "
    "nearby villages.",
)

F(
    "Rohingya flee as Buthidaung burns",
    "[[Tens of thousands of Rohingya|displaced;a=the UN human rights office]] fled Buthidaung "
    "after the Arakan Army took the town in {{May 2024}}, the UN human rights office said. The "
    "Australian Strategic Policy Institute said "
    "[[at least 1,500 buildings|housing;a=The Australian Strategic Policy Institute]] in the "
    "town had burned.",
)

F(
    "Azerbaijan says missile strike on Ganja killed ten",
    "Azerbaijan's prosecutor's office said an Armenian missile strike on a residential area of "
    "Ganja killed [[ten civilians|killed;a=Azerbaijan's prosecutor's office]], wounded "
    "[[34|injured;a=Azerbaijan's prosecutor's office]] and destroyed or damaged "
    "[[about 100 homes|housing;a=Azerbaijan's prosecutor's office]]. Armenia's defence ministry "
    "denied firing at the city, which lies about {{100 km}} from the front line.",
)

F(
    "Karabakh Armenians pour into Armenia",
    "[[More than 100,000 people|displaced;a=the Armenian government]] had crossed from "
    "Nagorno-Karabakh into Armenia by Saturday, the Armenian government said, nearly the whole "
    "ethnic Armenian population of [[about 120,000|civilians;a=the Armenian government]]. A "
    "fuel depot explosion near Stepanakert as people queued for petrol had killed "
    "[[more than 200 people|killed]].",
)

F(
    "Azerbaijan clears mines from retaken districts",
    "Azerbaijan's mine action agency ANAMA said it had cleared "
    "[[more than 150,000 mines|other;a=Azerbaijan's mine action agency ANAMA]] and unexploded "
    "munitions from territory retaken since {{2020}}, and that mines had killed "
    "[[more than 70 civilians|killed;a=Azerbaijan's mine action agency ANAMA]]. Officials say "
    "[[about 10,000 people|returned;a=Officials]] have moved back to rebuilt towns such as "
    "Fuzuli and Lachin, and that the government plans to resettle "
    "[[another 34,500 families|returned;p;a=Officials]] by {{2026}}.",
)

F(
    "Shelling across Line of Control kills civilians in Poonch",
    "Pakistani shelling across the Line of Control killed "
    "[[12 civilians|killed;a=Indian officials]] in Poonch and damaged "
    "[[more than 60 houses|housing;a=Indian officials]], a gurdwara and "
    "[[dozens of shops|housing;a=Indian officials]], Indian officials said. Pakistan's army "
    "said Indian missiles had hit [[six locations|other;u=other;a=Pakistan's army]], killing "
    "[[26 civilians|killed;a=Pakistan's army]].",
)

F(
    "Border bunkers fill as shelling resumes",
    "Authorities in Jammu and Kashmir said they had built "
    "[[about 9,500 bunkers|capacity;u=structure;a=Authorities in Jammu and Kashmir]] for "
    "families living near the border since {{2018}}, and that "
    "[[about 1,500 people|displaced;a=Authorities in Jammu and Kashmir]] spent the night in "
    "them during this week's shelling. Each community bunker holds "
    "[[up to 40 people|capacity]].",
)

F(
    "Iran counts dead and damage after 12-day war",
    "Iran's health ministry said Israeli strikes killed "
    "[[610 people|killed;a=Iran's health ministry]] and wounded "
    "[[more than 4,700|injured;a=Iran's health ministry]] during the {{12-day}} war, and "
    "Iranian officials said [[about 120 residential buildings|housing;a=Iranian officials]] in "
    "Tehran were damaged. An Israeli strike on Evin prison killed "
    "[[79 people|killed;a=the judiciary]], the judiciary said.",
)

F(
    "Armenia says Azerbaijani shelling damaged homes in Jermuk",
    "Armenian officials said Azerbaijani shelling had damaged "
    "[[192 homes|housing;a=Armenian officials]] in Jermuk, Goris and other towns over "
    "{{two days}}, and that [[2,750 people|displaced;a=Armenian officials]] had been evacuated, "
    "[[about 1,400 of them children|displaced;a=Armenian officials]]. Armenia said "
    "[[105 servicemen|killed;a=Armenia]] were killed.",
)

F(
    "Cambodian rockets hit Thai petrol station",
    "Cambodian {{BM-21}} rockets hit a petrol station and a hospital in Thailand's Sisaket "
    "province, killing [[eight civilians|killed;a=Thai officials]], Thai officials said. Thai "
    "authorities said [[more than 138,000 people|displaced;a=Thai authorities]] had been "
    "evacuated from border districts, and Cambodia said "
    "[[about 35,000|displaced;a=Cambodia]] had fled on its side. Thailand sent {{F-16}} jets to "
    "strike Cambodian military targets.",
)

F(
    "Airstrike on school kills students in Tabayin",
    "A military airstrike on a school in Ohe Htein Twin village in Tabayin township killed "
    "[[at least 20 students|killed;a=a local resistance official]] and "
    "[[two teachers|killed;a=a local resistance official]], a local resistance official told "
    "the BBC, and damaged [[about 40 houses|housing;a=a local resistance official]] nearby. The "
    "junta denied carrying out the strike.",
)

F(
    "Alliance says it overran 200 outposts in northern Shan",
    "The Myanmar National Democratic Alliance Army said its fighters had captured "
    "[[more than 200 military outposts|other;a=The Myanmar National Democratic Alliance Army]] "
    "and [[four border crossings|other;a=The Myanmar National Democratic Alliance Army]] since "
    "launching {{Operation 1027}} in {{October 2023}}. The UN said "
    "[[more than 50,000 people|displaced;a=The UN]] had been displaced in northern Shan.",
)

F(
    "Stepanakert shelled with rockets and drones",
    "Nagorno-Karabakh's ombudsman said Azerbaijani shelling and drone strikes had damaged or "
    "destroyed [[about 1,500 buildings|housing;a=Nagorno-Karabakh's ombudsman]] in "
    "Stepanakert, using {{300mm}} Smerch rockets and cluster munitions. He said "
    "[[about 90,000 people|displaced;a=Nagorno-Karabakh's ombudsman]] had fled the region.",
)

F(
    "Millions uprooted across Myanmar",
    "UNHCR said [[more than 3.5 million people|displaced;a=UNHCR]] were internally displaced in "
    "Myanmar, [[about 2.9 million|displaced;a=UNHCR]] of them since the coup, and that "
    "[[more than 100,000 civilian properties|housing;u=structure;a=UNHCR]] had been burned or "
    "destroyed.",
)

F(
    "Armenia describes night of shelling",
    "The shelling began at about {{00:05}} on {{13 September 2022}} with {{122mm}} Grad rockets "
    "and {{152mm}} howitzers, Armenia's defence ministry said, and continued until about "
    "{{9 a.m.}} A ceasefire took hold {{two days}} later.",
)

F(
    "Fighting for Bhamo fills monasteries",
    "Fighting for Bhamo in Kachin state has driven [[about 20,000 residents|displaced;"
    "a=local aid groups]] from their homes, and "
    "[[about 30 monasteries and churches|capacity;n=monasteries and churches;"
    "a=local aid groups]] are now sheltering them, local aid groups said.",
)

F(
    "Pakistan and Afghan Taliban trade border claims",
    "Pakistan's military said [[23 soldiers|killed;a=Pakistan's military]] were killed in "
    "overnight clashes on the Afghan border and that its forces had destroyed "
    "[[19 Afghan border posts|other;u=structure;a=Pakistan's military]]. The Taliban "
    "government said [[58 Pakistani soldiers|killed;a=The Taliban government]] had been killed.",
)

F(
    "Neelum valley families move to relief camps",
    "Pakistani authorities said Indian shelling in the Neelum valley had damaged "
    "[[about 50 houses|housing;a=Pakistani authorities]] and killed "
    "[[five civilians|killed;a=Pakistani authorities]]. "
    "[[More than 2,000 families|displaced]] have moved to "
    "[[12 relief camps|capacity]] set up by the government.",
)
