"""dev312 items: Ukraine, Russia's border regions, the Black Sea, the South Caucasus and the
Balkans (17 texts, 2 of them without a figure)."""

from _wrap import item

item(
    "Tractor hits anti-tank mine in Kharkiv region, killing two",
    """
A tractor ploughing a field near Balakliia in Ukraine's Kharkiv region struck an anti-tank mine
on Tuesday morning, killing [[two farm workers|killed;a=Governor Oleh Syniehubov]] and badly
wounding the driver, Governor Oleh Syniehubov said. The driver, {{aged 57}}, lost a leg and was
taken to hospital in Kharkiv, some {{90 km}} away. Syniehubov said
[[at least 46 civilians|injured;a=Syniehubov]] had been killed or wounded by mines and
unexploded shells in the region since January, among them
[[nine children|injured;a=Syniehubov]]. Ukraine's State Emergency Service said it had
[[more than 1,100 deminers|other;a=Ukraine's State Emergency Service]] working in the region
and had destroyed [[about 96,000 explosive items|other;a=Ukraine's State Emergency Service]]
there since Russian forces withdrew in {{September 2022}}. Farmers' groups say
[[roughly 2,500 farms|other;u=other;a=Farmers' groups]] in the east cannot sow all their land.
In {{2024}} the region recorded [[312 mine incidents|other;u=other]], more than any other.
""",
)

item(
    "Ukraine among worst-hit countries as global mine toll stays high",
    """
Ukraine recorded [[580 casualties|injured;a=the Landmine Monitor]] from mines and explosive
remnants of war in {{2023}}, more than any country except Myanmar and Syria, the Landmine
Monitor said in its annual report on Wednesday. Worldwide the Monitor counted
[[5,757 casualties|injured;a=the Monitor;alt=Landmine Monitor]], including
[[1,983 people|killed;a=the Monitor;alt=Landmine Monitor]] killed and
[[3,663|injured;a=the Monitor;alt=Landmine Monitor]] injured. Civilians made up {{84%}} of
recorded casualties where the status was known, and [[1,498 children|injured]] were among them.
[[Sixteen deminers|injured;a=Aisha Rahmani]] were among Ukraine's casualties, said Aisha
Rahmani, who edits the report's casualty data. International donors gave mine action in Ukraine
more than {{$1 billion}} between {{2022}} and {{2024}}, the report said.
""",
)

item(
    "Families trickle back to cleared Kherson villages",
    """
[[About 1,800 families|returned;a=the regional military administration]] have returned to
villages on the right bank of the Dnipro in Kherson region since deminers began clearing them,
the regional military administration said on Monday. It said
[[some 2,300 families|displaced;a=the regional military administration]] were still unable to
go home because their gardens, fields and roads have not been surveyed. In Vysokopillia,
[[fewer than 900 residents|civilians]] remain of a pre-war population of
[[about 4,000|civilians;n=-]]. Deminers there have checked
[[1,240 homes|other;u=structure]] for tripwires and shells. [[At least 14 returnees|killed]]
have been killed by mines in the district since {{2023}}. Of
[[640 homes|housing]] destroyed or damaged in the village, only
[[around 90|housing;n=-;u=structure]] have been repaired. The administration expects
[[another 1,000 families|returned;p;a=The administration;alt=regional military administration]]
to come back by autumn if clearance keeps pace.
""",
)

item(
    "Azerbaijan says mine toll in regained lands passes 380",
    """
Mines and unexploded ordnance have killed or injured
[[more than 380 people|injured;a=the Mine Action Agency of Azerbaijan (ANAMA)]] in the
territories Azerbaijan regained in and around Nagorno-Karabakh since the {{2020}} war, said the
Mine Action Agency of Azerbaijan (ANAMA). [[Seventy-four people|killed]] died of their wounds,
[[several dozen civilians|killed]] among them. Baku says Armenian forces left behind
[[more than 1.5 million mines|other;a=Baku]]; Yerevan says it has handed over maps covering
[[about 400,000 mines|other;a=Yerevan]]. ANAMA said it now fields
[[around 1,600 deminers|other;a=ANAMA]] and plans to add
[[800 more|other;p;n=-;a=ANAMA]] next year. [[Some 8,000 former residents|returned;a=the government]]
have moved back to rebuilt towns such as Fuzuli and Lachin, the government says. Its "Great
Return" programme is meant to resettle [[140,000 people|returned;p]] by {{2026}}.
""",
)

item(
    "Kursk region counts mine victims as residents trickle back",
    """
Mines and drone-dropped munitions have killed [[at least 37 civilians|killed;a=officials]] and
wounded [[more than 120|injured;n=-;a=officials]] in the Sudzha and Korenevo districts since
Ukrainian troops were pushed out in {{spring 2025}}, officials in Russia's Kursk region said on
Friday. The regional governor said [[about 2,000 residents|returned;a=The regional governor]]
had gone back to their villages. [[About 112,000 people|displaced]] who fled the incursion of
{{August 2024}} are still housed elsewhere, [[some 3,700|displaced;n=-]] of them in
[[96 temporary accommodation centres|capacity]]. [[About 300 residents|missing;a=the regional ombudsman]]
of the border districts remain unaccounted for, according to the regional ombudsman. Russia's
emergencies ministry said its sappers had cleared
[[more than 14,000 explosive objects|other;u=other;a=Russia's emergencies ministry]]. Moscow
plans to send [[another 500 sappers|other;p;a=Moscow]] before the spring sowing.
""",
)

item(
    "UNICEF: explosive remnants hurt Ukrainian children every week",
    """
Explosive remnants of war have killed or maimed [[at least 126 children|injured;a=UNICEF]] in
Ukraine since the full-scale invasion, UNICEF said, as it launched a risk-education drive ahead
of the summer holidays. Of those, [[31|killed;n=-;a=the agency;alt=UNICEF]] died, the agency
said. Most of the [[95 survivors|injured]] lost limbs or their sight. It says it has taught
[[more than 2.4 million children|aid;a=UNICEF]] how to recognise and report mines and shells.
This summer the agency plans to reach [[a further 500,000|aid;p;n=-;a=the agency;alt=UNICEF]]
through camps, cartoons and a chatbot. [[Two brothers|injured;a=police]], {{aged nine and 12}},
were hurt last month in Mykolaiv when a submunition they found in a garden exploded, police
said.
""",
)

item(
    "Deminers pay a price in Ukraine's vast clearance effort",
    """
[[Twelve deminers|killed;a=the service;alt=State Emergency Service]] from the State Emergency
Service have been killed and [[at least 94|injured;n=-;a=the service;alt=State Emergency Service]]
injured on duty since {{February 2022}}, the service said on Thursday. The HALO Trust now
employs [[more than 1,200 Ukrainian staff|other]], most of them women who had never worked in
demining before. The charity said [[two of its deminers|injured;a=The charity;alt=HALO Trust]]
were hurt in May when a tripwire set off an {{OZM-72}} bounding mine near Izium.
[[Forty-eight families|aid;a=the economy ministry]] of deminers killed on duty have received
state compensation, the economy ministry said. The National Mine Action Authority says
[[about 5,300 deminers|other;a=The National Mine Action Authority]] are certified and that the
country will need [[at least 10,000 more|other;p;n=-;a=The National Mine Action Authority]] to
clear the land within {{ten years}}.
""",
)

item(
    "Swiss-backed teams hand back 57 villages in Mykolaiv region",
    """
Deminers working with the Swiss Foundation for Mine Action (FSD) have handed back
[[57 villages|other;a=the foundation;alt=Swiss Foundation for Mine Action (FSD)]] in Ukraine's
Mykolaiv region as safe, after clearing {{3,900 hectares}} of farmland and woods, the foundation
said on Wednesday. In the process they destroyed
[[1,946 anti-tank mines|other;a=Swiss Foundation for Mine Action (FSD)]],
[[312 anti-personnel mines|other;a=Swiss Foundation for Mine Action (FSD)]] and
[[more than 8,000 other items|other;a=Swiss Foundation for Mine Action (FSD)]], it said. Local
authorities say [[around 6,500 residents|returned;a=Local authorities]] have come back to the
cleared villages, where [[about 420 homes|housing;a=Local authorities]] have already been
rebuilt with Swiss money. [[Another 40 villages|other]] in the region remain contaminated.
""",
)

item(
    "Butterfly mines scattered over Kherson streets, officials warn",
    """
Russian forces have scattered {{PFM-1}} anti-personnel mines, known as "petals", over
residential districts of Kherson from rockets and drones, city officials said on Sunday, warning
[[the city's 60,000 remaining residents|civilians;a=city officials]] to stay off grass and
leaves. Emergency workers have collected
[[more than 1,300 of the devices|other;a=the regional administration]] in {{two weeks}}, the
regional administration said. [[At least 19 people|injured;a=the city's military administration]],
among them a {{7-year-old}} girl, have been wounded by the mines since {{November 3}}, according
to the city's military administration. Officials estimate
[[tens of thousands of the mines|other;a=Officials]] may have been dropped on the left-bank
suburbs since September. The administration has handed out
[[12,000 leaflets|aid;u=other]] and evacuated [[about 200 residents|displaced]] from the two
worst-hit blocks.
""",
)

item(
    "Kakhovka flood carried mines across Kherson region, deminers say",
    """
The destruction of the Kakhovka dam on {{June 6, 2023}} washed mines out of riverbank
minefields and carried them across {{600 square kilometres}} of flooded land in Kherson region,
deminers and the ICRC said. Floodwater forced [[about 3,600 people|displaced;a=regional officials]]
from their homes on the right bank, regional officials said, and left
[[more than 1,000 houses|housing;a=regional officials]] underwater.
[[At least 30 people|missing]] were still listed as missing a month later. The ICRC's
weapon-contamination team said it had found mines in
[[at least 40 villages|other;a=The ICRC's weapon-contamination team]] where none had been
recorded before. [[Two men|killed]] clearing silt from a garden in Korabel were killed in July
by an anti-tank mine that had floated in with the water. Ukraine's State Emergency Service said
it had re-surveyed [[320 localities|other;a=Ukraine's State Emergency Service]].
[[About 1,700 evacuees|displaced]] were still living in [[22 shelters|capacity]] in Kherson and
Mykolaiv at the end of the summer.
""",
)

item(
    "Ukraine moves to quit Mine Ban Treaty",
    """
President Volodymyr Zelensky signed a decree on {{June 29, 2025}} to withdraw Ukraine from the
{{1997}} Ottawa Convention, which bans anti-personnel mines, following Lithuania, Latvia,
Estonia, Poland and Finland. Under {{Article 20}} of the treaty, a withdrawal takes effect
{{six months}} after the United Nations is notified, but not while the withdrawing state is at
war. Ukraine ratified the convention in {{2005}}. Kyiv argues that Russia, which never joined,
has contaminated about {{23%}} of Ukrainian territory. The World Bank has put the cost of clearing
the country at nearly {{$35 billion}} over {{the next decade}}. Parliament backed the decree on
{{July 16}}, and rights groups said the move set a dangerous precedent.
""",
)

item(
    "Bosnia seeks another extension to its mine clearance deadline",
    """
Bosnia and Herzegovina will ask states parties to the Mine Ban Treaty for a further extension of
its clearance deadline, now set for {{June 1, 2027}}, the country's mine action centre said on
Monday. Almost {{30 years}} after the end of the {{1992-95}} war, about {{2%}} of the country,
or roughly {{920 square kilometres}}, is still suspected to contain mines. The centre said
clearance had slowed since {{2020}} as international funding fell to about {{€9 million}} a
year, less than half of what it was a decade earlier. A {{10-year}} strategy adopted in
{{2018}} had aimed to make Bosnia free of mines by {{2025}}.
""",
)

item(
    "Lviv prosthetics centre passes 2,000 patients",
    """
The Superhumans Center in Lviv, which treats war amputees, said on Thursday it had fitted
prostheses for [[more than 2,000 patients|aid;a=The Superhumans Center]] since it opened in
{{April 2023}}, many of them soldiers and civilians wounded by mines. Medical director Andriy
Kovalenko said the clinic now takes in [[30-40 patients a month|aid;a=Medical director Andriy Kovalenko]].
By some estimates [[some 50,000 Ukrainians|injured]] have lost limbs since the invasion. The
centre has [[120 beds|capacity]] and plans to open a second site in Kyiv with room for
[[another 80 patients|capacity;p;a=The centre]]. [[Nearly 600 people|civilians]] are on its
waiting list.
""",
)

item(
    "Drifting sea mines keep Black Sea navies busy",
    """
Romanian, Bulgarian and Turkish navy divers have destroyed
[[at least 95 drifting sea mines|other;a=the Romanian navy]] since {{February 2022}}, according
to figures compiled by the Romanian navy. A mine damaged a cargo ship off the Romanian port of
Sulina in {{December 2023}}, injuring [[two crew members|injured]]. Ukraine's navy says
[[some 400 mines|other;a=Ukraine's navy]] may still be adrift or anchored in its waters.
[[Two Ukrainian fishermen|missing;a=the regional police]] have been missing since their boat
struck a mine off Ochakiv in August, the regional police said. Odesa officials said
[[three swimmers|killed;a=Odesa officials]] were killed by mines on the city's beaches in
{{2022}}. The joint mine-countermeasures group that Romania, Bulgaria and Turkey set up in
{{January 2024}} has [[nine ships|other]] and [[about 500 sailors|combatants]].
""",
)

item(
    "Mines keep Armenian border farmers off their land",
    """
Farmers in [[about 90 border villages|other;a=the HALO Trust]] in Armenia's Tavush, Gegharkunik
and Syunik provinces cannot safely graze cattle or cut hay because of mines laid during
{{three decades}} of conflict with Azerbaijan, the HALO Trust said in a report on Tuesday.
Armenia's Center for Humanitarian Demining and Expertise said
[[11 civilians|killed;a=Armenia's Center for Humanitarian Demining and Expertise]] had been
killed and [[23|injured;n=-;a=Armenia's Center for Humanitarian Demining and Expertise]] injured
by mines and unexploded ordnance in the border provinces since {{2020}}. Many of the
[[more than 100,000 ethnic Armenians|displaced;a=government data]] who fled Nagorno-Karabakh in
{{September 2023}} settled in the same provinces,
[[roughly 7,000|displaced;n=-;a=government data]] of them in Syunik, according to government
data. HALO employs [[about 180 Armenian staff|other]] in the country. It plans to clear
[[another 60 minefields|other;u=other;p;a=HALO Trust;alt=HALO]] by the end of {{2026}} if funding
allows.
""",
)

item(
    "Cluster munitions killed and injured hundreds in Ukraine, coalition says",
    """
Cluster munition attacks killed or injured
[[at least 916 people|injured;a=the Cluster Munition Coalition]] in Ukraine in {{2022}}, more
than in any other country, the Cluster Munition Coalition said in its annual report. The
deadliest attack was the missile strike on Kramatorsk railway station on {{April 8, 2022}},
which killed [[61 civilians|killed]] and wounded [[more than 160|injured;n=-]] as
[[thousands of people|displaced]] waited for evacuation trains. Globally, the coalition said,
cluster munitions killed or injured
[[1,172 people|injured;a=the coalition;alt=Cluster Munition Coalition]] in {{2022}}, and
children made up {{71%}} of the casualties from leftover submunitions. Kharkiv regional police
say they have documented [[more than 3,000 attacks|other;u=other;a=Kharkiv regional police]]
with cluster munitions since {{2022}}. Ukraine has also used the weapons, Human Rights Watch
has found.
""",
)

item(
    "Ukraine detains traders selling mines taken from the front",
    """
Ukraine's SBU security service said on Wednesday it had detained
[[seven people|arrested;a=Ukraine's SBU security service]] in Dnipro and Zaporizhzhia
suspected of selling anti-tank mines, grenades and detonators collected from former
battlefields. Officers seized [[43 anti-tank mines|other]],
[[more than 200 grenades|other]] and {{60 kg}} of plastic explosive. The service said
[[three of the suspects|arrested;a=The service;alt=SBU]] were serving soldiers. Last year police
arrested [[112 people|arrested;a=the interior ministry]] across Ukraine for illegally holding
ordnance, the interior ministry said. Police in the Kharkiv region said they had opened
[[more than 150 criminal cases|other;a=Police in the Kharkiv region]] this year over the
trade. In Pavlohrad a man {{aged 41}} was killed in March when a mine he was trying to take
apart exploded, injuring [[his two sons|injured]].
""",
)
