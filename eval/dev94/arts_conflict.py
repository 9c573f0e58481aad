"""Conflict and humanitarian stories of an ordinary news day: attacks, strikes, displacement,
detentions and aid (15 articles with figures, 2 without)."""

from _wrap import item

item(
    "Gunmen kill villagers in Plateau State raid",
    """Gunmen stormed two farming villages in Nigeria's Plateau State overnight, killing
    [[at least 27 people|killed;a=a local official]], a local official said on Tuesday. The
    attackers arrived on motorcycles shortly after {{11pm}} and opened fire on residents as they
    slept, burning [[dozens of houses|housing]] in Bokkos district. "We have buried
    [[19 of them|killed;n=-;a=Monday Kassah]] already, and more bodies are in the bush," said
    Monday Kassah, a community leader. The state police command said
    [[eight people|injured;a=The state police command]] were being treated for gunshot wounds at
    a hospital in Jos, about {{60 km}} away. Police had arrested
    [[four suspects|arrested;a=Police]], according to spokesman Alfred Alabo. The Red Cross said
    [[more than 1,300 residents|displaced;a=The Red Cross]] had fled to the nearby town of
    Mangu. Clashes between herders and farmers over land have killed
    [[thousands of people|killed]] in central Nigeria in the past decade. Governor Caleb
    Mutfwang, who took office in {{2023}}, ordered [[200 additional troops|combatants;p]] to the
    area.""",
)

item(
    "Drone strike on Sudan market kills dozens, medics say",
    """A drone strike on a crowded livestock market in Sudan's North Kordofan state killed
    [[43 people|killed;a=a medical group]] on Sunday, a medical group said, blaming the
    paramilitary Rapid Support Forces. The Sudan Doctors Network said
    [[at least 60 others|injured;a=The Sudan Doctors Network]] were wounded, [[14 of them|injured;n=-;a=The Sudan Doctors Network]]
    critically, and that the hospital in El Obeid had run out of blood supplies. The RSF did not
    respond to a request for comment. The war between the army and the RSF, which began in
    April {{2023}}, has driven [[more than 12 million people|displaced;a=the United Nations]]
    from their homes, according to the United Nations, making it the world's largest
    displacement crisis. Aid groups say [[some 25 million people|civilians;a=Aid groups]] face
    acute hunger. The World Food Programme said it had delivered
    [[1,900 tonnes|aid;a=The World Food Programme]] of food to the state last month, enough for
    [[about 160,000 people|aid;a=The World Food Programme]] for {{a month}}. A fuel shortage has
    left [[30 trucks|aid;a=the agency;alt=The World Food Programme]] stranded at the Kosti
    crossing, the agency added.""",
)

item(
    "Israeli raid in Tulkarm camp leaves several dead",
    """Israeli forces killed [[five Palestinians|killed;a=the Palestinian health ministry]] in
    a raid on the Nur Shams refugee camp near Tulkarm, the Palestinian health ministry said on
    Thursday. The Israeli military said its troops had killed
    [[three gunmen|killed;a=The Israeli military]] and detained
    [[11 wanted suspects|arrested;a=The Israeli military]] during the operation, which lasted
    more than {{20 hours}}. Residents said bulldozers tore up streets and damaged
    [[at least 40 homes|housing;a=Residents]]. The UN agency for Palestinian refugees, UNRWA,
    said [[about 9,000 residents|displaced;a=UNRWA]] had left the camp since raids intensified
    in January. The camp, set up in {{1952}}, housed [[roughly 13,000 people|civilians]] before
    the operation began. The Palestinian Authority's prisoners' commission said
    [[more than 9,500 Palestinians|arrested;a=The Palestinian Authority's prisoners' commission]]
    were held in Israeli jails. Israel says its operations target armed groups backed by Iran.
    Ambulances were blocked for {{several hours}}, medics said.""",
)

item(
    "Families flee as fighting reaches outskirts of Goma's neighbour",
    """[[Tens of thousands of people|displaced;a=aid agencies]] have fled renewed fighting between Congolese troops and M23
    rebels around the town of Minova in eastern Democratic Republic of Congo, aid agencies said
    on Friday. The International Organization for Migration estimated that
    [[about 178,000 people|displaced;a=The International Organization for Migration]] had
    been displaced in {{two weeks}}, many of them heading towards Goma, about {{45 km}} away.
    Medecins Sans Frontieres said its teams in Goma had treated
    [[more than 220 wounded|injured;a=Medecins Sans Frontieres]] since {{January 20}}, including
    [[48 children|injured;a=Medecins Sans Frontieres]]. [[Three peacekeepers|killed;a=MONUSCO;alt=the UN mission]]
    from South Africa were killed when shells hit their base, the UN mission, MONUSCO, said. It
    has [[about 11,000 troops|combatants]] in the country. Displacement sites
    around Goma already sheltered [[more than 600,000 people|displaced]] before the latest
    offensive. The {{M23}} group, which Kinshasa and UN experts say is backed by Rwanda, denies
    targeting civilians. "People arrive with nothing," said Jean Kabuya, who runs a camp in
    Bulengo, which he said had received [[2,300 new families|displaced;a=Jean Kabuya]] this
    week.""",
)

item(
    "Russian missile barrage hits Ukrainian power plants",
    """Russia fired [[more than 90 missiles|other;a=Ukraine's air force]] and
    [[about 100 drones|other;a=Ukraine's air force]] at Ukraine overnight, Ukraine's air force
    said on Saturday, in one of the largest attacks on the country's energy system this year.
    The air force said it had shot down [[81 missiles|other;a=The air force;alt=Ukraine's air force]].
    [[At least seven people|killed;a=regional officials]] were killed, including a girl
    aged {{12}} in Zaporizhzhia, and
    [[36 others|injured;a=regional officials]] were injured, regional officials said. Grid
    operator Ukrenergo said power was cut to [[more than 1 million households|civilians;a=Grid operator Ukrenergo;alt=Ukrenergo]]
    in the Kyiv, Odesa and Kharkiv regions. Temperatures in Kyiv fell to {{minus 9C}}. Energy minister Herman
    Halushchenko said the strikes had damaged [[two thermal plants|housing;u=structure;a=Energy minister Herman Halushchenko]].
    Ukraine has asked its allies for [[10 more Patriot systems|other;u=other;p]]. Russia's defence ministry said
    it had struck "energy facilities supplying the military-industrial complex".""",
)

item(
    "Car bomb outside Mogadishu checkpoint",
    """A car bomb exploded at a security checkpoint near Mogadishu's airport on Wednesday,
    killing [[at least nine people|killed;a=police]], police said. Police captain Abdullahi
    Hassan said [[five of the dead|killed;n=dead;a=Police captain Abdullahi Hassan]] were
    soldiers and the rest were civilians waiting in traffic. [[Fifteen people|injured]] were
    taken to Madina hospital, where doctors said [[four|injured;a=doctors]] were in serious
    condition. The al-Qaeda-linked group al-Shabaab said in a statement on its radio station
    that it had killed [[17 soldiers|killed;a=al-Shabaab]], a figure that could not be
    verified. The attack came {{two days}} after the government announced a new offensive in
    the Middle Shabelle region, where it said [[around 3,000 troops|combatants;a=the government]]
    had been deployed. The African Union mission still has [[about 11,900 soldiers|combatants]]
    in Somalia under a mandate renewed in {{December}}. Al-Shabaab has fought the government in
    Mogadishu for more than {{15 years}}.""",
)

item(
    "Myanmar junta air strikes hit monastery sheltering displaced",
    """Air strikes by Myanmar's military on a monastery in the Sagaing region killed
    [[23 people|killed;a=residents and a local resistance group]], including
    [[four children|killed;a=residents and a local resistance group]], residents and a local
    resistance group said on Friday. [[About 150 people|displaced]] had been sheltering in the
    monastery in Lin Ta Lu village after fleeing fighting nearby. A rescuer said
    [[more than 30 people|injured;a=A rescuer]] were wounded. The junta's spokesman Zaw Min Tun
    did not answer calls. The strike came {{a month}} after a {{7.7-magnitude}} earthquake
    killed [[more than 3,700 people|killed]] in central Myanmar, and {{days}} after the military
    announced a temporary ceasefire. The UN refugee agency estimates that
    [[3.5 million people|displaced;a=The UN refugee agency]] are displaced inside Myanmar since
    the {{2021}} coup. The monitoring group Assistance Association for Political Prisoners says
    the junta has killed [[more than 6,600 civilians|killed;a=The monitoring group Assistance Association for Political Prisoners]]
    and arrested [[about 29,000 people|arrested;a=The monitoring group Assistance Association for Political Prisoners]].""",
)

item(
    "Yemen's Houthis detain UN staff in new sweep",
    """Yemen's Houthi movement has detained [[seven more United Nations staff|arrested;a=the UN]]
    in the capital Sanaa, the UN said on Monday, bringing the number of its personnel held by
    the group to [[23|arrested;a=the UN]]. Secretary-General Antonio Guterres called for their
    immediate release and said the detentions made it "impossible" to deliver aid in parts of
    the north. The World Food Programme suspended operations in Saada province, where it had
    been feeding [[about 1.1 million people|aid]] each month. Aid groups say
    [[more than 19 million Yemenis|civilians;a=Aid groups]] need humanitarian assistance in
    {{2025}}, a decade after the Saudi-led coalition intervened. The Houthis accused the
    detained workers of spying for Israel and the United States, charges the UN rejects. A
    Houthi court sentenced [[44 people|arrested;a=Houthi media]] to death on espionage charges
    last year, Houthi media reported. Human Rights Watch said it had documented
    [[dozens of cases|other;a=Human Rights Watch]] of staff of aid groups and embassies being
    held without charge.""",
)

item(
    "Aid convoy reaches besieged Haitian town",
    """A convoy of [[12 trucks|aid;a=the UN's humanitarian office]] carrying food and medicine
    reached Mirebalais in central Haiti on Thursday, the UN's humanitarian office said, the
    first to get through since gangs attacked the town {{three weeks}} ago. The convoy carried
    [[85 tonnes|aid]] of rice, beans and oil,
    enough to feed [[about 20,000 people|aid]]. The Viv Ansanm
    gang coalition freed [[more than 500 inmates|other]] from the town's prison during the
    attack, and killed [[at least 10 residents|killed;a=police]], police said. The
    International Organization for Migration counted
    [[more than 1 million displaced people|displaced;a=The International Organization for Migration]]
    across Haiti, triple the number a year earlier. The Kenyan-led security mission, which has
    [[about 1,000 officers|combatants]] on the ground out of [[2,500|combatants;p]] pledged,
    escorted the convoy from Port-au-Prince. Food prices in the capital have risen {{40%}} since
    {{March}}, according to the World Food Programme.""",
)

item(
    "Pakistan security forces kill militants in northwest raids",
    """Pakistani security forces killed [[16 militants|killed;a=the military's media wing]] in
    raids in the northwestern province of Khyber Pakhtunkhwa, the military's media wing said
    on Saturday. The Inter-Services Public Relations said [[two soldiers|killed;a=The Inter-Services Public Relations]]
    also died in the operations in North Waziristan and Bannu districts. It said troops
    recovered [[14 rifles|other;a=It;alt=The Inter-Services Public Relations]] and a large
    amount of explosives. The Pakistani Taliban, or TTP, have stepped up attacks since
    {{2021}}. A report by the Islamabad-based Centre for Research and Security Studies said
    [[685 security personnel|killed;a=the Islamabad-based Centre for Research and Security Studies]]
    were killed in militant violence last year, the deadliest year for Pakistan's forces in
    almost {{a decade}}. Provincial authorities have closed
    [[more than 20 schools|other;u=structure;a=Provincial authorities]] in Bannu after
    threats, and [[about 4,000 families|displaced;a=district officials]] have left the Tirah valley, according to
    district officials. The government plans to raise [[6,000 new police recruits|combatants;p;a=The government]]
    for the province by {{June}}.""",
)

item(
    "Colombia: ELN clashes force thousands from Catatumbo homes",
    """Fighting between the ELN guerrilla group and dissidents of the former FARC in
    Colombia's Catatumbo region has killed [[at least 80 people|killed;a=the regional governor's office]],
    the regional governor's office said on Monday. The ombudsman's office said
    [[more than 32,000 people|displaced;a=The ombudsman's office]] had fled their homes in
    {{10 days}}, many to the city of Cucuta, where authorities opened
    [[14 shelters|capacity]] in sports halls and schools. [[Another
    5,000 people|civilians;a=the office;alt=The ombudsman's office]] were confined to their villages by
    fighting, the office said. President Gustavo Petro suspended peace talks with the ELN and
    declared a state of emergency for {{90 days}}. The army said it had sent
    [[5,000 soldiers|combatants;a=The army]] to the region. Families of
    [[some 20 social leaders|missing;a=Families]] said they had not heard from them since the
    violence began. The Catatumbo produces about {{a sixth}} of Colombia's coca, according to
    UN estimates.""",
)

item(
    "Rohingya refugees in Bangladesh face ration cuts",
    """The World Food Programme will cut monthly food vouchers for Rohingya refugees in
    Bangladesh to {{$6}} per person from {{$12}} next month unless new funding arrives, the
    agency said on Wednesday. The cut would affect
    [[nearly 1 million refugees|aid;p]] in the camps
    of Cox's Bazar and on the island of Bhasan Char. The WFP said it needed {{$81 million}} to
    maintain full rations until the end of the year. Bangladesh says
    [[about 70,000 new arrivals|displaced;a=Bangladesh]] have crossed from Myanmar's Rakhine
    State since fighting there intensified last year. The camps, spread over
    [[33 sites|capacity]], are among the most densely populated places on
    earth. UNICEF said [[more than 15,000 children|injured;u=person;a=UNICEF]] had been treated
    for severe acute malnutrition in the camps in the first half of the year. Refugee leader
    Mohammad Jubair said [[two of his neighbours|displaced;a=Mohammad Jubair]] had already left by
    boat for Malaysia. "When the food is finished, people will take any risk," he said.""",
)

item(
    "Ethiopia: prisoners freed in Amhara as militias and army trade blame",
    """Fano militia fighters stormed a prison in the Amhara region town of Debre Markos and
    freed [[about 400 inmates|other;a=a regional official]], a regional official said on
    Tuesday. The official said [[six guards|killed;a=The official;alt=a regional official]] and
    several attackers were killed in the assault. The
    federal government has fought the Fano militia since {{August 2023}}. The Ethiopian Human
    Rights Commission said in its latest report that security forces had detained
    [[more than 1,000 people|arrested;a=The Ethiopian Human Rights Commission]] in Amhara in
    {{three months}} under a state of emergency. It documented
    [[at least 12 drone strikes|other;u=other;a=It;alt=The Ethiopian Human Rights Commission]] that
    killed civilians. Health officials in the region said
    [[at least 80 health centres|housing;u=structure;a=Health officials]] had been looted or
    damaged. Ethiopia has [[more than 4 million people|displaced;a=the UN]] living away from home across
    the country, according to the UN.""",
)

item(
    "Lebanon returnees find villages flattened",
    """[[Thousands of displaced Lebanese|returned]] drove south on Sunday to the border villages they fled
    more than {{a year}} ago, despite Israeli warnings. Lebanon's health ministry said Israeli
    troops opened fire and killed [[22 people|killed;a=Lebanon's health ministry]] trying to
    return, among them [[six women|killed;a=Lebanon's health ministry]], and wounded
    [[124|injured;a=Lebanon's health ministry]]. The Israeli military said soldiers had fired
    "to remove threats". A survey by the National Council for Scientific Research found that
    [[about 37,000 housing units|housing;a=A survey by the National Council for Scientific Research]]
    had been destroyed or damaged in the south. The IOM said
    [[about 100,000 people|displaced;a=The IOM]] remained displaced, down from
    [[more than 880,000|displaced;a=The IOM]] at the height of the war. Israel had been due to
    pull its troops out within {{60 days}} of the November ceasefire. In Aita al-Shaab, farmer
    Hussein Srour said [[all 40 houses|housing;a=Hussein Srour]] on his street were gone. "We will put
    up tents," he said.""",
)

item(
    "Security Council renews Libya mission for another year",
    """The UN Security Council on Friday extended the mandate of its political mission in Libya
    for {{another year}}, by a vote of {{13-0}}, with Russia and China abstaining. {{Resolution
    2755}} asks the mission to support talks on a unified government and a path to elections
    that have been postponed since {{December 2021}}. Libya has been split between rival
    administrations in Tripoli and Benghazi for most of the period since the {{2011}} uprising.
    The mission's budget for the coming year is about {{$40 million}}. Its head, Hanna Tetteh,
    took up the post in {{February}}, the {{tenth}} envoy to hold the job. The two abstaining powers said the text did not respect Libya's sovereignty. Diplomats said the vote
    had been delayed by {{48 hours}} over wording on the withdrawal of foreign forces.""",
)

item(
    "Ceasefire talks for eastern Congo resume in Doha",
    """Delegations from Congo's government and the {{M23}} rebel alliance resumed talks in Doha
    on Tuesday, Qatari mediators said, the {{fourth}} round since the spring. The two sides
    signed a declaration of principles in {{July}} and had set a deadline of {{August 18}} for
    a final accord, which they missed. Qatar's minister of state Mohammed Al-Khulaifi said the
    talks would last {{at least a week}}. A separate agreement between Congo and Rwanda was
    signed in Washington in {{June}}. Congo's government says the region holds minerals worth
    {{$24 trillion}}, a figure many analysts dispute. The talks will address prisoner releases,
    the return of state authority and a monitoring mechanism. "We are closer than at any time
    in the past {{three years}}," one diplomat said.""",
)

item(
    "Syrians head home from Turkey as border crossings reopen",
    """[[About 26,000 Syrians|returned;a=Turkish interior minister Ali Yerlikaya]] have
    returned home from Turkey in the {{three weeks}} since the fall of Bashar al-Assad, Turkish
    interior minister Ali Yerlikaya said on Monday. He said the government had raised the
    daily capacity of its border gates to [[about 3,000 people a day|capacity;a=He;alt=Turkish interior minister Ali Yerlikaya]].
    Turkey hosts [[2.9 million registered Syrians|displaced;v=2900000]], the largest refugee
    population in the world. The UN refugee agency said
    [[about 125,000 Syrians|returned;a=The UN refugee agency]] had returned from neighbouring
    countries since {{December 8}}, while [[more than 600,000 people|displaced;a=The UN refugee agency]]
    had been newly displaced inside Syria by fighting in the north. UNHCR expects
    [[up to 1 million refugees|returned;p;a=UNHCR]] to return in the first half of {{2025}}.
    In Aleppo, [[about 4,000 buildings|housing]] remain too damaged to live in, city officials
    said. Returnee Ahmad Haj Ali, {{41}}, said his house in Idlib had no roof. "We will live in
    the kitchen until we can rebuild," he said.""",
)
