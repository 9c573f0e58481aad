"""Items: MONUSCO in eastern DR Congo, MINUSCA in the Central African Republic, and SADC's
force in DR Congo (SAMIDRC), 2014-2026."""

from _wrap import item

item(
    "Two Malawian peacekeepers killed in attack on UN base near Beni",
    """
Suspected Allied Democratic Forces (ADF) fighters attacked a UN operating base at Mavivi, north
of Beni, on the night of {{November 13}}, killing [[two Malawian peacekeepers|killed;a=MONUSCO]]
and wounding [[five others|injured;a=MONUSCO]], MONUSCO said in a statement. The mission said
its troops had returned fire for about {{four hours}} and that [[at least nine
assailants|killed;a=The mission;alt=MONUSCO]] were killed. [[Three Congolese soldiers|killed;a=Captain Mak Hazukay;alt=the army's regional spokesman]]
deployed alongside the UN contingent also died, the army's regional spokesman, Captain Mak
Hazukay, told Reuters, adding that [[a further 11|injured;a=Captain Mak Hazukay;alt=the army's regional spokesman]] were being
treated in Beni. Some [[250 additional troops|combatants;a=the mission;alt=MONUSCO]] from the
Force Intervention Brigade would be flown in from Goma within {{48 hours}}, the mission said.
It was the deadliest attack on the UN force in the Beni area since {{2017}}.
""",
)

item(
    "MONUSCO completes first phase of withdrawal from South Kivu",
    """
The UN mission in the Democratic Republic of Congo handed over its last base in South Kivu to
Congolese authorities on {{April 30, 2024}}, closing the first phase of a withdrawal the Security
Council endorsed in {{Resolution 2717}}. In all, [[14 bases|other;u=structure;a=MONUSCO]] in the
province have been handed to the army and police since January, MONUSCO said, and about [[2,000
uniformed personnel|combatants;a=MONUSCO]] have left the country. The mission's head, Bintou
Keita, told reporters in Bukavu that [[some 11,500 troops and police|combatants;a=Bintou Keita;n=troops and police]]
remained in North Kivu and Ituri. The last contingent to leave, [[about 600 Pakistani soldiers|combatants]], flew out of Kavumu
airport with [[40 vehicles|other]] on Tuesday. Rights groups warned that [[about 100,000 people|displaced;a=Rights groups]]
living in camps around Bukavu and Uvira had relied on UN patrols. The second phase, covering
Ituri and North Kivu, was paused by the council in {{December}} as fighting with the {{M23}} spread.
Congo's government had originally asked for the mission, present since {{1999}}, to leave by the
end of {{2024}}.
""",
)

item(
    "Civilians crowd into UN site at Bunia as militia raids resume",
    """
More than [[20,000 people|displaced;a=OCHA]] have sought shelter at the displacement site next
to the MONUSCO base at Plaine Savo in Djugu territory, OCHA said on Tuesday, after CODECO
militiamen attacked surrounding villages. Bangladeshi peacekeepers repelled an attack on the site
on {{February 1}} in which [[at least 60 civilians|killed;a=local officials]] were killed,
local officials said, most of them with machetes. The humanitarian office said [[1,200
shelters|housing;a=The humanitarian office;alt=OCHA]] at the site had been burned and that aid
agencies had distributed [[3,400 emergency kits|aid]] since the raid. UN troops now run [[six patrols a day|other;u=other;a=the mission;alt=MONUSCO]] around the perimeter, the mission said, and [[two armoured personnel
carriers|other;u=other;a=the mission;alt=MONUSCO]] have been stationed at the gate. The site was
built to hold [[about 8,000 people|capacity]].
""",
)

item(
    "M23 rebels seize Goma; UN says peacekeepers among dead",
    """
[[Thirteen foreign soldiers|killed;a=officials]] serving with UN and regional forces were killed
in fighting around Goma in the past week, officials said on Saturday, as {{M23}} rebels backed by
Rwanda entered the city. South Africa's defence ministry said [[nine of its troops|killed;a=South Africa's defence ministry]]
had died, [[seven|killed;a=South Africa's defence ministry]] of them serving with the Southern
African Development Community (SADC) force and [[two|killed;a=South Africa's defence ministry]]
with MONUSCO. Malawi and Uruguay said they had lost [[three soldiers|killed;a=Malawi and Uruguay]]
and [[one soldier|killed;a=Malawi and Uruguay]] respectively. The UN said [[at least 2,900
people|killed;a=The UN]] had been killed in the offensive, and hospitals reported [[more than
2,800 wounded|injured;a=hospitals]]. Roughly [[1,800 SADC troops|combatants;a=diplomats]] were
confined to their bases in Goma and Sake, diplomats said.
""",
)

item(
    "SADC agrees phased withdrawal of its troops from eastern Congo",
    """
Southern African leaders agreed on Thursday to begin a "phased withdrawal" of the SADC Mission in
the Democratic Republic of Congo (SAMIDRC), ending a deployment that began in {{December 2023}}.
At its height the force numbered [[about 2,900 soldiers|combatants]]. The bloc said the remaining troops would
leave through Rwanda and Tanzania, a route requiring {{M23}}'s agreement. According to diplomats,
[[about 1,300 soldiers|combatants;p;a=diplomats]] from South Africa, Malawi and Tanzania are to
be pulled out, along with [[more than 40 armoured vehicles|other;p;a=diplomats]]. South Africa's
defence minister, Angie Motshekga, said [[14 soldiers|killed;a=Angie Motshekga]] had been killed
and [[dozens|injured;a=Angie Motshekga;n=-]] wounded since January. The mission's mandate, which
had cost the region about {{$540 million}} a year, was not renewed. [[About 400 wounded soldiers|injured]] have been evacuated since January.
""",
)

item(
    "Congo release: 57 wounded SADC troops evacuated from Goma",
    """
The first group of SADC soldiers wounded in the battle for Goma has been flown home, South
Africa's National Defence Force said on Friday. A chartered aircraft carried [[57 injured soldiers|injured]] from Goma airport, which has been
closed to commercial traffic since {{January 26}}. [[Another 18 soldiers|injured;a=the force;alt=South Africa's National Defence Force]] are to follow once they are stable enough to travel, the force said. The remains of [[14 soldiers|killed]]
were repatriated last month. [[About 1,100 South African troops|combatants;a=the military;alt=South Africa's National Defence Force]] remain in Goma, the military said. The force said [[two soldiers|missing;a=The force;alt=South Africa's National Defence Force]]
were still unaccounted for after clashes near Sake. [[Between 40 and 50 soldiers|combatants;p]] will rotate in to replace the wounded.
""",
)

item(
    "Goma crowds attack UN vehicles as anger at MONUSCO grows",
    """
Protesters set fire to [[seven UN vehicles|other;a=MONUSCO]] and pelted a logistics base in
Goma with stones on Tuesday, MONUSCO said, the {{second day}} of demonstrations demanding the mission's departure. [[About 2,000 protesters|other]] marched on the base. [[Three peacekeepers|killed;a=the UN]] and [[at least 12
protesters|killed;a=the UN]] died in protests in Butembo and Goma last week, according to the
UN. Police said they had arrested [[about 40 people|arrested;a=Police]]. The mission evacuated
[[more than 150 civilian staff|other;a=The mission;alt=MONUSCO]] from its Butembo compound, it
said, and suspended [[dozens of patrols|other;u=other]]. The government spokesman, Patrick
Muyaya, said the mission's withdrawal timetable, due to run until {{2024}}, would be reviewed.
""",
)

item(
    "Peacekeepers free hostages seized by CODECO in Ituri",
    """
UN peacekeepers and Congolese troops freed [[16 people|kidnapped;a=MONUSCO]] held by CODECO
militiamen near Fataki, in Ituri province, MONUSCO said on Sunday. The hostages, including [[nine
women|kidnapped]], had been held for {{11 days}}. [[Two militiamen|killed]] were
killed and [[five|arrested]] were detained during the operation. The mission said [[at least 30
other civilians|kidnapped;a=The mission;alt=MONUSCO]] abducted in the same raid were still
missing. [[Around 3,000 villagers|displaced;a=a local administrator]] fled to Fataki after the
abductions, a local administrator said.
""",
)

item(
    "CAR: Peacekeepers killed in ambush in Haut-Mbomou",
    """
[[Three peacekeepers|killed;a=MINUSCA]] serving with the UN mission in the Central African
Republic were killed and [[two|injured;a=MINUSCA]] seriously wounded when their convoy was
ambushed near Zemio, MINUSCA said on Monday. Zemio, a town of [[some 12,000 residents|civilians;a=MINUSCA]] before the fighting, according to MINUSCA, has been largely emptied. The Moroccan contingent was escorting [[eleven
trucks|aid]] carrying food for [[about 6,000 displaced people|displaced]] sheltering near the
UN base at Zemio. The mission blamed the Azande Ani Kpi Gbe militia and said [[four of the
attackers|killed;a=The mission;alt=MINUSCA]] were killed. Secretary-General António Guterres
condemned the attack, the {{third}} deadly one on MINUSCA in {{2023}}, and reminded the parties
that attacks on peacekeepers may constitute war crimes. [[Two UN trucks|other]] were set on fire.
""",
)

item(
    "MINUSCA troop ceiling raised as election nears",
    """
The Security Council voted on Friday to raise MINUSCA's authorised strength by [[2,750
troops|combatants;p]] and [[940 police|combatants;p]],
bringing the ceiling to [[14,400 military personnel|combatants;p;q=at_most;hi=14400]], in a
resolution adopted by {{12 votes}} to none with {{three abstentions}}. The mission currently
fields [[about 12,800 troops|combatants;a=UN figures]] according to UN figures. Rebels of the CPC
coalition have attacked [[more than 20 towns|other]] since the presidential poll in {{December}}.
Some [[200,000 people|displaced;a=UNHCR]] have fled their homes, UNHCR said, [[roughly
105,000|displaced;a=UNHCR]] of them into DR Congo. The mission's budget for {{2021-22}} is about
{{$1.04 billion}}.
""",
)

item(
    "Bangui: Rwandan reinforcements arrive under bilateral deal",
    """
Rwanda said on Monday it had sent [[several hundred troops|combatants;a=Rwanda]] to the Central
African Republic under a bilateral agreement, separate from the [[1,300 Rwandans|combatants]]
already serving with MINUSCA. Russia's embassy said Moscow had also deployed [[300 military instructors|combatants;a=Russia's embassy]],
bringing its declared presence to [[535|combatants;a=Russia's embassy]]. Government spokesman
Ange-Maxime Kazagui said the CPC rebels had been pushed back from [[three towns|other;a=Ange-Maxime Kazagui]]
near the capital. UN peacekeepers were guarding [[nine polling stations|other;u=structure;a=the mission;alt=MINUSCA]]
that had been attacked, the mission said.
""",
)

item(
    "Bria displacement site shrinks as families head home",
    """
The population of the {{PK3}} displacement site next to the MINUSCA base in Bria has fallen to
[[about 18,000 people|displaced;a=the IOM]] from [[more than 40,000|displaced;a=the IOM]] at its peak in
{{2017}}, according to the IOM. The agency said [[4,600 families|returned;a=The agency;alt=the IOM]]
had gone back to neighbourhoods of Bria since January, helped by daily patrols by Zambian
peacekeepers. It expects [[around 800 more households|returned;p;a=the IOM]] to leave the site before the rainy season. Humanitarian partners have rebuilt [[1,150
homes|housing;a=Humanitarian partners]] destroyed in the fighting of {{2016-2017}}, they said.
The site, designed for [[25,000 people|capacity]], still holds [[12 schools|other]] and [[three health posts|other;u=structure]].
""",
)

item(
    "Portuguese commandos ambushed north of Bambari",
    """
[[One Portuguese peacekeeper|injured;a=Portugal's Armed Forces General Staff]] was wounded and
[[two vehicles|other;a=Portugal's Armed Forces General Staff]] were damaged when the MINUSCA
Quick Reaction Force was ambushed north of Bambari, Portugal's Armed Forces General Staff said
on Sunday. The unit of [[about 180 commandos|combatants]] was on its {{fourth}} rotation in the
country. The staff said [[eight attackers|killed;a=The staff;alt=Portugal's Armed Forces General Staff]]
died in the exchange of fire, which lasted {{two hours}}. Portugal has sent [[more than 1,500
troops|combatants;a=Portugal]] to the country since {{2017}}, the defence ministry says. [[About 2,000 villagers|displaced]] fled the area after the ambush.
""",
)

item(
    "Egyptian peacekeepers held at checkpoint released",
    """
[[Eleven Egyptian peacekeepers|kidnapped;a=MINUSCA]] detained for {{two days}} by
anti-balaka militiamen at a checkpoint near Bangassou were released unharmed on Wednesday,
MINUSCA said. The mission said a civilian driver seized with them had also been
freed, and that the [[three trucks|other;a=The mission;alt=MINUSCA]] they were driving had been recovered. The UN
police said they had since detained [[four suspects|arrested;a=The UN police]]. [[About 30 militiamen|combatants]] had manned the checkpoint. [[About 2,000
Muslims|displaced]] have sheltered in the grounds of Bangassou's Catholic cathedral since
{{May 2017}}, protected by [[a company of around 150 peacekeepers|combatants;n=peacekeepers]].
""",
)

item(
    "Congolese army, UN step up patrols after Kiwanja massacre",
    """
MONUSCO said on Thursday it had stepped up patrols in Rutshuru territory after [[at least 131
civilians|killed;a=MONUSCO]] were killed in Kishishe and Bambo, in an attack its investigators
blamed on {{M23}}. The mission's human rights office said [[22 women|kidnapped;a=The mission's human rights office]] and [[five children|kidnapped;a=The mission's human rights office]]
had been abducted and later found dead or released. The force has deployed [[an additional
500 troops|combatants;a=The force;alt=MONUSCO]] to Kiwanja and Kitchanga and is flying
[[three combat helicopters|other]]. [[Some 8,000 people|displaced]] are sheltering in a school
and a church next to the UN base in Kiwanja. [[More than 90 people|missing;a=local civil
society groups]] were still unaccounted for, local civil society groups said. [[Tens of thousands of residents|civilians]] remain cut off from aid in the area. The M23 denied
responsibility.
""",
)

item(
    "Congo budget talks: mission's costs under scrutiny",
    """
The UN General Assembly's Fifth Committee approved a budget of {{$1.03 billion}} for MONUSCO for the
year to {{June 30, 2024}}, down {{8%}} on the previous period, after {{six weeks}} of talks. The
mission, established in {{2010}} under {{Resolution 1925}}, is among the UN's {{three}} most
expensive operations. Its mandate was renewed until {{December 20, 2024}}. Washington, which
pays about {{27%}} of peacekeeping costs, has pressed for savings of {{15%}} over {{two
years}}. Diplomats expect a vote in the {{second week}} of June.
""",
)

item(
    "MINUSCA mandate renewed for a year",
    """
The UN Security Council on {{November 14}} extended the mandate of MINUSCA until {{November 15,
2025}}, adopting {{Resolution 2759}} with {{13 votes}} in favour and {{two abstentions}}. The text
keeps the mission's {{four}} priority tasks and asks the Secretary-General for a report within
{{90 days}}. The mission's annual budget of about {{$1.1 billion}} accounts for some {{4%}} of the
country's foreign aid flows, according to a {{2023}} study. Elections are scheduled for
{{December 2025}}.
""",
)
