"""The North-West region: separatist attacks and army raids, villages and houses burned,
lockdowns, detentions and trials, disarmament (14 texts with figures, 2 without)."""

from _wrap import item

item(
    "Gunmen kill 11 in night raid near Ndop, officials say",
    """BAMENDA, Cameroon (Reuters) - Gunmen killed [[at least 11 people|killed;a=local
    officials]], [[four of them|killed;n=-;a=local officials]] children, in an overnight raid on
    a village near Ndop in Cameroon's North-West region, local officials said on Tuesday. The
    army blamed separatist fighters and said in a statement that the attackers had set fire to
    [[about 30 homes|housing;a=The army]] before fleeing into the bush. A nurse told Reuters she
    had treated [[seven wounded|injured;a=A nurse]] at the district hospital, among them a girl
    {{aged nine}}. [[Dozens of residents|displaced]] left for Bamenda, some {{40 km}} away, on
    motorbikes and on foot. In a separate attack near Bambui, [[two gendarmes|killed;a=the
    army]] were shot dead at a checkpoint, the army said. Separatists had ordered a
    {{two-week}} lockdown of the area that began on {{3 May}}. The conflict, which began in
    {{2017}} after a crackdown on protests by lawyers and teachers, has killed [[more than 6,000
    people|killed;a=the International Crisis Group]], according to the International Crisis
    Group.""",
)

item(
    "Cameroon army says it killed separatist commander in Batibo raid",
    """YAOUNDE - The Cameroonian army said on Sunday it had killed a separatist commander known
    as "General Fire" and [[nine of his fighters|killed;n=fighters;a=The Cameroonian army]] in
    a dawn raid on a camp near Batibo, in the North-West's Momo division. Troops seized [[14
    rifles|other;a=the army]], [[two homemade bombs|other;u=other;a=the army]] and [[six
    motorbikes|other;a=the army]], the army said, and [[three soldiers|injured;a=the army]]
    were slightly wounded. Residents gave a different account. They said [[five
    civilians|killed;a=Residents]], including a {{70-year-old}} farmer, were among the dead and
    that [[about 20 houses|housing;a=Residents]] had been burned. The Centre for Human Rights
    and Democracy in Africa says it has documented [[more than 120 houses|housing;a=The Centre
    for Human Rights and Democracy in Africa]] burned in Momo since {{January 2023}}. [[Hundreds
    of villagers|displaced]] have since fled to Bamenda and Mbengwi.""",
)

item(
    "Separatists torch chief's palace and houses in Kumbo",
    """KUMBO - Separatist fighters burned a traditional ruler's palace and [[at least 40
    houses|housing;a=the mayor]] in Tobin, a neighbourhood of Kumbo, on Friday night, the mayor
    said, after the chief refused to pay a levy of {{500,000 CFA francs}}. "They came around
    {{11 pm}}, [[more than 30 of them|combatants;n=-;a=one resident]], shooting in the air," one
    resident said. The chief and [[two of his wives|kidnapped;n=wives]] were taken into the
    bush; the women were freed on Saturday. [[About 200 families|displaced;a=the Catholic
    diocese of Kumbo]] have taken refuge in the grounds of the cathedral, according to the
    Catholic diocese of Kumbo, which is handing out [[150 sleeping mats|aid;u=other]] and rice.
    Bui division has been among the hardest hit since the crisis began. The diocese counts [[31
    schools|other;a=The diocese;alt=the Catholic diocese of Kumbo]] closed in the division since
    {{2018}}, [[19|housing;n=-;u=structure;a=The diocese;alt=the Catholic diocese of Kumbo]] of
    them burned.""",
)

item(
    "Toll from Ndu clashes rises to 17 as bodies found in bush",
    """NKAMBE - [[Two more bodies|killed;a=the divisional officer]] were found on Wednesday in
    the bush outside Ndu, in the North-West's Donga-Mantung division, bringing the toll from
    {{three days}} of clashes between soldiers and separatist fighters to [[17|killed;n=-;a=the
    divisional officer]], the divisional officer said. He said [[11|killed;n=-;a=the divisional
    officer]] were separatists, [[four|killed;n=-;a=the divisional officer]] were civilians and
    [[two|killed;n=-;a=the divisional officer]] were soldiers. Local rights groups put the
    civilian toll higher, at [[nine|killed;n=-;a=Local rights groups]]. [[More than 1,500
    people|displaced;a=OCHA]] fled Ndu town during the fighting, OCHA said in a flash update,
    many of them to Nkambe, {{25 kilometres}} to the north. The UN office said [[about 300
    households|aid;a=The UN office;alt=OCHA]] had received emergency kits by Thursday.""",
)

item(
    "Separatists order 10-day lockdown ahead of national day",
    """BAMENDA - Separatist groups in Cameroon's North-West region have ordered a {{10-day}}
    lockdown from {{15 May}}, {{five days}} before the {{20 May}} national day, in a video posted
    online on Sunday. The order bans movement between {{6 am}} and {{6 pm}} and threatens anyone
    who celebrates the {{1972}} referendum that ended the federation. In {{2023}} a similar order
    kept shops in Bamenda shut for {{a week}}. The governor said on Monday that shops that stayed
    closed would be sealed for {{three months}}, and that patrols would be stepped up by {{40
    percent}}. Teachers said the lockdown would cost pupils {{two of the 36 weeks}} of the school
    year. A taxi driver, {{34}}, said he lost {{25,000 CFA francs}} a day during the last ghost
    town.""",
)

item(
    "Soldiers killed civilians in Ngo-Ketunjia raids, Human Rights Watch says",
    """Cameroonian soldiers killed [[at least 10 civilians|killed;a=Human Rights Watch]], among
    them [[three women|killed;a=Human Rights Watch]], in raids on [[two villages|other;a=Human
    Rights Watch]] in the North-West's Ngo-Ketunjia division in {{April}}, Human Rights Watch
    said in a report on Thursday. The soldiers also burned [[at least 25 homes|housing;a=the
    group;alt=Human Rights Watch]] and looted shops, the group said, citing satellite images and
    interviews with [[32 witnesses|other;a=the group;alt=Human Rights Watch]] and relatives. It
    said [[eighteen people|arrested;a=Human Rights Watch]], mostly young men, were taken to a
    gendarmerie post in Ndop, and that the families of [[six of them|missing;n=-;a=Human Rights
    Watch]] still do not know where they are. The army's spokesman said the operation targeted
    "terrorists" and that [[seven armed separatists|killed;a=The army's spokesman]] had been
    killed; he denied that civilians were harmed. Human Rights Watch says that [[over 2,000
    civilians|killed;a=Human Rights Watch]] have been killed by both sides since late
    {{2016}}.""",
)

item(
    "Six years after the fire, a Wum farmer waits to go home",
    """WUM, Cameroon - Ngwa Peter, a {{58-year-old}} farmer, fled Bu village near Wum in {{March
    2019}} with his wife and [[seven grandchildren|displaced]] after soldiers burned [[more than
    60 of its houses|housing;n=houses]]. {{Six years}} later he is still in Bamenda, one of
    [[about 9,000 displaced people|displaced;a=the municipal council]] in the city's Mbengwi road
    neighbourhoods, the municipal council says. He rents a room for {{15,000 CFA francs}} a month
    and sells firewood; [[three of the grandchildren|civilians;n=grandchildren]] have not been to
    school since they left. His village, he says, now has [[fewer than 50
    residents|civilians;a=Ngwa Peter]], most of them old. Of the [[11 people|killed]] who died
    there that week, he knew every one. OCHA estimates that [[some 630,000
    people|displaced;a=OCHA]] are displaced within the North-West and South-West.""",
)

item(
    "Five soldiers killed in ambush on Bamenda-Bafut road",
    """Separatist fighters ambushed a military convoy on the road between Bamenda and Bafut on
    Monday, killing [[five soldiers|killed;a=security sources]], security sources told AFP. An
    earlier report by a military source had put the toll at [[three|killed;n=-;a=a military
    source]]. The attackers set off a roadside bomb before opening fire and burned [[two
    armoured vehicles|other]]. [[Four other soldiers|injured;a=the sources;alt=security
    sources]] were wounded and flown to Yaounde by helicopter, the sources said. The Ambazonia
    Defence Forces claimed the attack on social media and said its fighters had killed [[12
    soldiers|killed;a=The Ambazonia Defence Forces]]. The army has lost [[at least 40
    soldiers|killed;a=a tally by AFP]] in the region this year, according to a tally by AFP.
    [[About 1,000 troops|combatants]] were sent to the North-West as reinforcements in
    {{2023}}.""",
)

item(
    "Ambulance burned, driver abducted as attacks on health care mount",
    """The ambulance of a church-run hospital in Njinikom was set on fire on Saturday and its
    driver abducted, the Catholic health service said. The World Health Organization has
    recorded [[more than 100 attacks|other;u=other;a=The World Health Organization]] on health
    care in the North-West and South-West since {{2020}}, in which [[14 health
    workers|killed;a=The World Health Organization]] were killed and [[27|kidnapped;n=-;a=The
    World Health Organization]] abducted. In the North-West alone, [[34|other;n=-;u=structure;a=the
    regional health delegation]] of the region's [[226 health facilities|other;a=the regional
    health delegation]] are not working, according to the regional health delegation. The
    Njinikom hospital serves [[about 60,000 people|civilians]] in the Boyo hills. Médecins Sans
    Frontières pulled out [[its 40 staff|other]] from the region after the government suspended
    its work in {{December 2020}}. The driver was released on Monday after the diocese paid a
    ransom, a priest said, without giving the amount.""",
)

item(
    "Four soldiers held after pregnant woman shot dead at Bamenda checkpoint",
    """Cameroon's defence ministry said on Thursday that [[four soldiers|arrested;a=Cameroon's
    defence ministry]] had been arrested after a video showed troops firing on a taxi at a
    checkpoint in Bamenda's Nkwen neighbourhood, killing a pregnant woman. [[Two other
    passengers|injured;a=the regional hospital]] were wounded, the regional hospital said.
    Protesters carried the woman's body to the governor's office, and police fired tear gas to
    disperse [[several hundred people|other]]. [[Eleven|arrested;n=-;a=police]] were detained,
    police said. In {{2020}}, [[three soldiers|arrested]] were charged over the killing of [[21
    villagers|killed]] in Ngarbuh, [[13 of them|killed;n=-]] children, in a case that is still
    before a military court in Yaounde. Rights groups say few such cases reach a verdict.""",
)

item(
    "Gunmen abduct eight students from Bambili hostel",
    """Gunmen abducted [[eight students|kidnapped;a=the university's registrar]] from a private
    hostel near the University of Bamenda in Bambili on Wednesday night and demanded a ransom of
    {{2 million CFA francs}} for each, the university's registrar said. [[Three of the
    students|kidnapped;n=students]], all women, were freed on Friday. [[Five
    others|kidnapped;a=the registrar;alt=the university's registrar]] are still held, the
    registrar said. Police said [[two suspects|arrested;a=Police]] had been arrested in Bambui.
    The university, which has [[about 22,000 students|other]], moved its evening lectures online
    last year. [[At least 150 students|kidnapped;a=a local rights group]] have been abducted in
    the North-West since {{2018}}, a local rights group estimates, most of them freed after their
    families paid. In {{November 2018}}, [[78 pupils|kidnapped]] were seized from a Presbyterian
    school in Nkwen and released within {{three days}}.""",
)

item(
    "North-West in October: attacks up, 2,400 newly displaced",
    """The UN's humanitarian office recorded [[46 security incidents|other;u=other;a=The UN's
    humanitarian office]] in the North-West in {{October}}, up from [[31|other;n=-;u=other;a=The
    UN's humanitarian office]] in {{September}}, in which [[23 civilians|killed;a=The UN's
    humanitarian office]] were killed and [[41|kidnapped;n=-;a=The UN's humanitarian office]]
    abducted. It counted [[nine people|injured;a=The UN's humanitarian office]] injured, [[128
    homes|housing;a=The UN's humanitarian office]] burned and [[2,400 people|displaced;a=The UN's
    humanitarian office]] newly displaced, [[1,100 of them|displaced;n=-;a=The UN's humanitarian
    office]] in Bui. Aid partners reached [[38,500 people|aid]] with food, against a target of
    [[61,000|aid;n=-;p]]. [[Six aid workers|kidnapped]] were held for {{several hours}} at a
    separatist checkpoint near Ndop and released without harm.""",
)

item(
    "'We slept in the forest': villagers flee army raid near Belo",
    """BELO, Cameroon - "We slept in the forest for {{four nights}}, [[about 60 of
    us|displaced;n=-;a=Grace Nchang]], with the babies," said Grace Nchang, describing the day
    soldiers came to her village near Belo. The soldiers were looking for separatist fighters
    who had killed [[two gendarmes|killed;a=Grace Nchang]] at a checkpoint the day before, she
    said. The army said its troops had "neutralised" [[four terrorists|killed;a=The army]] and
    recovered [[three AK-47 rifles|other;v=3;a=The army]]. Villagers said [[11
    houses|housing;a=Villagers]] and a health centre were burned. A local councillor said [[at
    least 300 people|displaced;a=A local councillor]] had not returned by Sunday. [[Dozens|displaced;n=-]]
    were sleeping in a Baptist church in Belo town.""",
)

item(
    "Military court jails 12 separatists; three acquitted",
    """YAOUNDE - A military court sentenced [[12 men|arrested]] accused of belonging to a
    separatist group to between {{10 and 20 years}} in prison on Friday, and acquitted [[three
    others|arrested]], who were freed. Their lawyers said [[the 15 men|arrested;a=Their lawyers]]
    had been held in Kondengui prison since {{2021}}. The prosecution called [[14
    witnesses|other]], and [[dozens of relatives|other]] waited outside the court. The Centre for
    Human Rights and Democracy in Africa says [[at least 1,200 Anglophones|arrested;a=The Centre
    for Human Rights and Democracy in Africa]] are in detention in connection with the crisis. In
    {{2019}}, separatist leader Julius Ayuk Tabe and [[nine co-defendants|arrested]] were
    sentenced to life in prison by the same court.""",
)

item(
    "Reconstruction plan for Anglophone regions gets new budget",
    """YAOUNDE - The government said on Tuesday it would spend {{90 billion CFA francs}}, about
    {{$150 million}}, over {{two years}} on the Presidential Plan for the Reconstruction and
    Development of the North-West and South-West, launched in {{2020}}. The first phase ended in
    {{December 2023}}, {{18 months}} late, with {{35%}} of its projects completed, the plan's
    coordinator said. Roads account for {{40 percent}} of the new budget and schools for {{22
    percent}}. The coordinator, {{61}}, a former minister, said insecurity remained the main
    obstacle, and that contractors on the Bamenda ring road had stopped work {{three times}}.""",
)

item(
    "Twenty-three separatist fighters surrender in Bamenda",
    """BAMENDA - [[Twenty-three separatist fighters|combatants;a=the governor's office]] handed
    over their weapons at the Bamenda disarmament centre on Thursday, the governor's office said,
    bringing to [[317|combatants;n=-;a=the governor's office]] the number who have surrendered
    there since the centre opened in {{2018}}. They turned in [[18 guns|other]], most of them
    locally made. Only [[about 90|combatants;n=-;a=a UN official]] are still living at the
    centre, which was built for [[400 people|capacity;a=a UN official]], a UN official said.
    Separatist groups, which the International Crisis Group estimates had [[between 2,000 and
    4,000 fighters|combatants;a=the International Crisis Group]] at their peak, dismiss the
    programme as propaganda. [[Two former fighters|killed;a=the centre's director]] who went back
    to their villages were killed by their former comrades last year, the centre's director
    said.""",
)
