"""The killings on the coast in March 2025 and their aftermath, the Druze suburbs of Damascus in
the spring, Suwayda in July 2025 (the dead, the wounded, the hostages, the displaced, the aid),
and the killings in Homs."""

from _wrap import item

item(
    "More than 1,000 killed in two days of violence on Syria's coast, monitor says",
    """The Syrian Observatory for Human Rights said on {{Saturday}} that
    [[more than 1,000 people|killed;a=The Syrian Observatory for Human Rights]] had been killed
    in {{two days}} of clashes and revenge killings in Latakia and Tartus provinces. The dead
    included [[745 Alawite civilians|killed;a=the monitor;alt=The Syrian Observatory for Human Rights]],
    most of them shot by gunmen fighting on the government's side, as well as
    [[125 members|killed;a=the monitor;alt=The Syrian Observatory for Human Rights]] of the
    security forces and [[148 fighters|killed;a=the monitor;alt=The Syrian Observatory for Human Rights]]
    loyal to the former government, the monitor said. The defence ministry said it had sent
    [[thousands of reinforcements|combatants;a=The defence ministry]] to the coast after
    insurgents ambushed patrols near Jableh on {{Thursday}}. In Baniyas, residents said
    [[at least 60 bodies|killed;a=residents]] lay in the streets of the al-Qusour district on
    {{Friday}} night. [[Hundreds of families|displaced]] fled into the mountains and orchards, and
    [[dozens of homes|housing]] were set on fire in the village of Mukhtariyeh.
    "They asked every man at the door if he was Alawite," said a {{38-year-old}} teacher who hid
    on a rooftop.""",
)

item(
    "Coastal inquiry finds 1,426 killed and names 298 suspects",
    """Syria's national fact-finding committee on the coastal violence said on {{July 22}} that
    [[1,426 people|killed;a=Syria's national fact-finding committee]] were killed in March,
    including [[about 90 women|killed;a=Syria's national fact-finding committee]], most of them
    civilians from the Alawite minority. It said it had identified
    [[298 suspects|other;a=Syria's national fact-finding committee]] from factions allied to the
    government, [[31|arrested;a=Syria's national fact-finding committee]] of whom had been
    detained. Insurgents loyal to the former government killed
    [[238 members|killed;a=the committee;alt=Syria's national fact-finding committee]] of the army
    and security forces on {{March 6}} and {{March 7}}, setting off the violence, the committee
    said. Its members interviewed [[938 witnesses|other]] over
    {{four months}}. The Syrian Network for Human Rights put the toll higher, at
    [[1,562|killed;a=The Syrian Network for Human Rights]].""",
)

item(
    "21,000 flee coastal violence into Lebanon's Akkar",
    """UNHCR said [[about 21,000 Syrians|displaced;a=UNHCR]] had crossed into northern Lebanon
    since {{March 7}}, most of them Alawites from villages around Tartus and Homs. Officials in
    Akkar said [[more than 4,000 families|displaced;a=Officials in Akkar]] were sheltering with
    relatives or in [[18 schools and mosques|capacity;n=schools and mosques;a=Officials in Akkar]]. At the Russian air
    base at Hmeimim, [[about 8,000 people|displaced;a=Russian officials]] took refuge in the {{first}}
    days of the violence, Russian officials said. The Lebanese army has set up
    [[six reception points|capacity]] along the Nahr al-Kabir river.
    [[Two women|killed;a=Lebanese civil defence]] drowned trying to cross it on {{Sunday}},
    Lebanese civil defence said. The Lebanese Red Cross has delivered
    [[3,500 food parcels|aid]] to families in Akkar.""",
)

item(
    "Damascus orders arrests as army units are filmed abusing Alawites",
    """The defence ministry said on {{Tuesday}} it had arrested
    [[seven members|arrested;a=The defence ministry]] of its own units who were filmed beating and
    humiliating Alawite men in Latakia province. The interior ministry said separately that
    [[more than 200 people|arrested;a=The interior ministry]] suspected of killings and looting
    on the coast had been detained. [[About 8,000 General Security personnel|combatants]] have
    been deployed to the coast, and the army has set up
    [[at least 40 checkpoints|other]] on the roads between Latakia, Jableh and Baniyas.
    [[More than 400 members|injured;a=the ministry]] of the security forces were wounded in the
    fighting, the ministry said. A civil peace committee formed by the presidency said it had
    secured the release of [[over 100 detainees|arrested;a=A civil peace committee]] held without
    evidence.""",
)

item(
    "In Sanobar, a village counts its dead after the coastal killings",
    """Residents of Sanobar, a village south of Jableh, said
    [[at least 48 people|killed;a=Residents of Sanobar]] were killed when gunmen entered on
    {{March 7}}, [[13|killed;a=Residents of Sanobar]] of them from a single family.
    [[About 30 houses|housing]] were burned and [[dozens of cars|other]] set alight or driven
    away. A {{67-year-old}} farmer survived by hiding in an olive grove for {{two nights}}. Of the village's [[roughly 4,000 residents|civilians;a=a local mukhtar]], [[fewer than 500|civilians;a=a local mukhtar]]
    remain, a local mukhtar said. Families also say
    [[at least 33 Alawite women|kidnapped;a=Families]] have been abducted on the coast since
    {{February}}, few of whom have come back.""",
)

item(
    "Dozens killed as Bedouin and Druze fighters clash in Suwayda",
    """Clashes between Druze fighters and Bedouin tribal gunmen in Suwayda province killed
    [[at least 30 people|killed;a=the interior ministry]] and wounded
    [[about 100|injured;a=the interior ministry]] on {{Sunday}} and {{Monday}}, the interior
    ministry said. Government forces entered Suwayda city on {{Tuesday}}. The Syrian Observatory
    for Human Rights said the toll had risen to
    [[203|killed;a=The Syrian Observatory for Human Rights]], including
    [[71 Druze civilians|killed;a=The Syrian Observatory for Human Rights]] and
    [[93 members|killed;a=The Syrian Observatory for Human Rights]] of the security forces. The
    Israeli military said it had struck
    [[more than 160 targets|other;u=other;a=The Israeli military]] in southern Syria to protect
    the Druze. [[About 2,000 residents|displaced]] fled villages on the western edge of the
    province.""",
)

item(
    "Suwayda toll passes 1,600 as IOM counts 192,000 displaced",
    """[[More than 1,600 people|killed;a=the Syrian Observatory for Human Rights]] were killed in
    {{a week}} of fighting in Suwayda, the Syrian Observatory for Human Rights said on
    {{Sunday}}, among them [[about 770 Druze civilians|killed;a=the Syrian Observatory for Human Rights]].
    The International Organization for Migration said
    [[192,000 people|displaced;a=The International Organization for Migration]] had been
    displaced, most within the province. [[Some 1,400 Bedouin families|displaced]] were taken
    out of Suwayda to Daraa under a ceasefire deal. The monitor said satellite images showed [[hundreds of homes|housing;a=The monitor;alt=the Syrian Observatory for Human Rights]]
    burned in the western countryside. Local groups list
    [[more than 300 people|missing;a=Local groups]] whose fate is unknown. [[About 150,000|displaced;a=IOM]] are sheltering in
    [[more than 90 collective shelters|capacity;a=IOM]], according to IOM.""",
)

item(
    "Suwayda hospital received 300 bodies in five days, director says",
    """Suwayda's national hospital received
    [[more than 300 bodies|killed;a=Omar Obeid]] in {{five days}}, its director, Omar Obeid, said
    on {{Friday}}. Staff worked without power for {{four days}} and treated
    [[more than 1,000 people|injured;a=Omar Obeid]], he said.
    [[About 120 wounded|injured]] were still in its wards on {{Thursday}}, and
    [[some 40|injured]] were taken by ambulance to Damascus. [[Eight medics|killed;a=the ICRC]]
    were killed during the fighting, the ICRC said. The ICRC and the Syrian Arab Red Crescent
    brought in [[20 trucks|aid]] of medical supplies, food and fuel.""",
)

item(
    "Druze and Bedouin sides swap 65 hostages in Suwayda",
    """Druze factions and Bedouin clans released [[65 hostages|kidnapped;a=the governorate]] in
    an exchange near Busra al-Sham on {{Thursday}}, the governorate said. The Druze side freed
    [[38 Bedouin men and women|kidnapped;n=men and women]], and the clans released
    [[27 Druze|kidnapped]], among them [[nine women|kidnapped]]. The exchange was mediated by
    tribal elders and overseen by the Syrian Arab Red Crescent. A committee of Suwayda families
    says [[at least 150 people|kidnapped;a=A committee of Suwayda families]] are still held by
    both sides. Families say [[at least 40 women|missing;a=Families]] have not been heard from since {{July 15}}. The Bedouin side says
    [[at least 20 of its men|missing;a=The Bedouin side]] are unaccounted for.""",
)

item(
    "1,500 Bedouin families evacuated from Suwayda to Daraa",
    """[[About 1,500 Bedouin families|displaced;a=the interior ministry]] were evacuated from
    Suwayda city on {{Monday}} in [[45 buses|aid;a=the interior ministry]], the interior ministry
    said. [[More than 3,000 people|displaced;a=the ministry]] were moved to
    [[22 shelters|capacity;a=the ministry]] in Daraa province, the ministry said. The governor of
    Daraa said the province was hosting [[about 35,000|displaced;a=The governor of Daraa]]
    displaced people from Suwayda. Tribal leaders said
    [[thousands of tribal fighters|combatants;a=Tribal leaders]] who had come from Deir ez-Zor and
    Raqqa to back the Bedouin had gone home. "We lived beside the Druze for {{200 years}}," said
    Sheikh Fares al-Mazyoud, who left with his sons and grandchildren.""",
)

item(
    "First aid convoy reaches Suwayda as water runs short",
    """A convoy of [[32 trucks|aid;a=the Syrian Arab Red Crescent]] carrying food, medicine and
    fuel reached Suwayda city on {{Saturday}}, the Syrian Arab Red Crescent said.
    [[About 300,000 people|civilians;a=the United Nations]] in the province need assistance, the United Nations said. [[Up to 100,000 people|civilians;a=UNICEF]] have had no running
    water for {{ten days}}, according to UNICEF. The World Food Programme said it planned to
    deliver [[40,000 food baskets|aid;p;a=The World Food Programme]] over the coming
    {{two weeks}}. Jordan sent [[15 trucks|aid]] of flour through the Jaber crossing. The Red Crescent said
    [[another 50 trucks|aid;p;a=The Red Crescent;alt=the Syrian Arab Red Crescent]] would follow next week. In the town of Shahba,
    [[about 1,200 families|aid]] received flour and hygiene kits on {{Sunday}}.""",
)

item(
    "Aleppo court opens first trial over coastal killings",
    """A criminal court in Aleppo opened the {{first}} trial over the March violence on the coast on
    {{November 18}}, with [[14 defendants|arrested]] in the dock. [[Seven|arrested]] are accused
    of joining the insurgents who attacked security forces, and [[seven|arrested]] of killing
    civilians while serving with government-allied factions. Prosecutors said [[about 100 witnesses|other;p;a=Prosecutors]] would testify and that
    [[some 40 other detainees|arrested;a=Prosecutors]] would be tried in Latakia and Tartus. Relatives of
    [[the 27 victims|killed]] in the {{first}} case filled the public gallery. The judge adjourned the
    hearing until {{December 2}}. The fact-finding committee had referred its findings to the
    judiciary in {{July}}.""",
)

item(
    "Clashes in Jaramana and Sahnaya leave dozens dead",
    """Fighting between Druze gunmen and security forces in the Damascus suburbs of Jaramana and
    Sahnaya killed [[at least 101 people|killed;a=the Syrian Observatory for Human Rights]] over
    {{three days}}, the Syrian Observatory for Human Rights said on {{Thursday}}, including
    [[32 members|killed;a=the Syrian Observatory for Human Rights]] of the security forces and
    [[10 civilians|killed;a=the Syrian Observatory for Human Rights]]. The violence began after an
    audio recording insulting the Prophet was attributed to a Druze cleric. Gunmen also abducted
    [[four Druze men|kidnapped]] on the road to Suwayda. At Homs University,
    [[40 to 50 Druze students|displaced;a=student representatives]] left their dormitories
    after threats, student representatives said. [[About 1,000 residents|displaced]] of Ashrafiyat Sahnaya spent the nights in schools in
    Sahnaya. Israel said it had struck a group attacking Druze in Sahnaya.""",
)

item(
    "Curfew in Homs after killing of couple sets off sectarian attacks",
    """Authorities imposed a curfew in Homs on {{Sunday}} after a Bedouin couple was found killed
    in the town of Zaidal. Tribesmen then attacked Alawite neighbourhoods, setting fire to
    [[dozens of homes|housing;a=residents]] and shops, residents said. The interior ministry said
    [[more than 120 people|arrested;a=The interior ministry]] had been detained and that
    [[four|killed;a=The interior ministry]] had been killed. [[Between 1,000 and 1,500 security personnel|combatants]]
    were brought in from Hama and Damascus. The curfew confined [[some 300,000 residents|civilians]] to their homes for {{18 hours}}.
    [[Dozens of families|displaced]] left the al-Muhajireen district for relatives' homes in other parts of the city.""",
)

item(
    "Suwayda leaders reject government plan as roads stay shut",
    """Sheikh Hikmat al-Hijri, the Druze spiritual leader, said on {{September 20}} that Suwayda
    would not accept the roadmap announced by Damascus, Amman and Washington on
    {{September 16}}, {{two months}} after the ceasefire of {{July 19}}. The Damascus-Suwayda road
    has been closed for {{eight weeks}}. Prices of flour have risen by {{60 percent}}, and a
    cylinder of cooking gas costs {{250,000 pounds}}. The plan promised a {{three-phase}} process
    ending in local elections. Talks are due to resume in {{October}}.""",
)

item(
    "Coastal inquiry mandate extended by three months",
    """The presidency on {{April 10}} extended the mandate of the fact-finding committee on the
    coastal violence by {{three months}}, to {{July 10}}. The committee, set up on {{March 9}}, was
    {{first}} given {{30 days}}. Its chairman, Judge Jumaa al-Anzi, {{57}}, said {{90 percent}} of
    the field work was done. The report was handed over on {{22 July}}, and a summary was read out
    at a news conference at {{11am}}.""",
)
