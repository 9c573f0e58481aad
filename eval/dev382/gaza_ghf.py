"""dev382 items: the Gaza Humanitarian Foundation's distribution sites, the people killed,
wounded, detained and missing on the way to them and to the convoys, and the contractors,
soldiers, gunmen and police around them, 2025-2026."""

from _wrap import item

item(
    "US-backed foundation opens Rafah food sites as UN stays away",
    """The Gaza Humanitarian Foundation, a US- and Israeli-backed group, began handing out food in
    Rafah on {{26 May 2025}} from [[two sites|other]] guarded by American contractors. The
    foundation said it had given out [[8,000 boxes|aid;u=other;a=The foundation;alt=The Gaza
    Humanitarian Foundation]] in its first {{two days}}, which it said amounted to [[462,000
    meals|aid;a=The foundation;alt=The Gaza Humanitarian Foundation]]. Crowds overran the Tal
    al-Sultan site on the second day and the contractors pulled back. Gaza's health ministry said
    [[one person|killed;a=Gaza's health ministry]] was killed and [[48|injured;a=Gaza's health
    ministry]] wounded. The UN has refused to work with the foundation, saying its sites force
    [[more than 2 million people|civilians;a=The UN]] to walk into militarised zones. Before the
    blockade, UN agencies and charities ran [[about 400 distribution points|other]] across the
    strip. UG Solutions, the firm that provides security, said it had [[about 100 armed
    contractors|combatants;a=UG Solutions]] on the ground, most of them US military veterans.""",
)

item(
    "Dozens killed on the road to Tal al-Sultan",
    """[[At least 31 people|killed;a=Gaza's health ministry]] were killed and [[176|injured;a=Gaza's
    health ministry]] wounded on the road to a GHF site in Tal al-Sultan, west of Rafah, early on
    {{1 June 2025}}, Gaza's health ministry said. The ICRC said its field hospital in Rafah
    received [[179 patients|injured;a=The ICRC]] in a few hours, the most in a single incident
    since it opened in {{May 2024}}, and that [[21|killed;a=The ICRC]] were declared dead on
    arrival. Witnesses said [[thousands of people|civilians;a=Witnesses]] had gathered in the dark
    before the gates opened at {{6 am}}. Israel's military said its troops had fired warning shots
    at people who approached them about {{1 km}} from the site and denied firing at the crowd. The
    GHF said it had distributed [[16 truckloads|aid;u=other;a=The GHF]] of food, [[about 1.8
    million meals|aid;a=The GHF]], without incident.""",
)

item(
    "UN rights office counts 798 killed while seeking aid",
    """The UN human rights office said on {{11 July 2025}} it had recorded [[798
    people|killed;a=The UN human rights office]] killed while seeking aid since {{27 May}},
    [[615|killed;a=The UN human rights office]] of them near GHF sites and [[183|killed;a=The UN
    human rights office]] near UN and other convoys. Most had gunshot wounds, spokeswoman Ravina
    Shamdasani said. The GHF disputed the figures, saying it had handed out [[more than 70 million
    meals|aid;a=The GHF]] and that the worst incidents had happened away from its sites. Gaza's
    health ministry put the number wounded at [[more than 4,000|injured;a=Gaza's health
    ministry]]. The ministry said [[at least 45 people|missing;a=The ministry;alt=Gaza's health
    ministry]] who set out for the sites were still missing.""",
)

item(
    "Contractors describe live fire at food sites",
    """[[Two American contractors|combatants]] working at GHF sites told The Associated Press that
    colleagues had fired live rounds and stun grenades toward crowds of Palestinians. The
    contractors said the sites were guarded by [[about 350 armed staff|combatants;a=The
    contractors]], many with no training in crowd control, and that [[about 30 Israeli
    soldiers|combatants;a=The contractors]] were posted at the edge of each site. Safe Reach
    Solutions, the logistics firm running the sites, said there had been no serious injuries and
    that it had served [[more than 1.3 million people|aid;a=Safe Reach Solutions]]. Palestinian
    witnesses said [[hundreds of people|civilians;a=Palestinian witnesses]] waited overnight near
    the Morag corridor for the gates to open. Gaza's health ministry said [[27
    people|killed;a=Gaza's health ministry]] were killed on the road to the Morag site on {{24
    June}} and [[more than 150|injured;a=Gaza's health ministry]] wounded.""",
)

item(
    "Aid-seeker deaths pass 1,300, and the detentions begin to be counted",
    """The UN human rights office said on {{1 August 2025}} that [[at least 1,373
    Palestinians|killed;a=The UN human rights office]] had been killed while seeking food since
    late {{May}}. Of those, [[859|killed]] died near GHF sites and [[514|killed]] along the
    routes of UN and other convoys. Israel's military said [[about 2,000 soldiers|combatants;a=Israel's military]] were deployed around the sites. The office said it had received reports that Israeli forces
    had detained [[at least 60 men|arrested;a=The office;alt=The UN human rights office]] at or
    near the sites. The Commission of Detainees' Affairs said it was tracking [[120
    people|missing;a=The Commission of Detainees' Affairs]] who disappeared on the way to the
    sites, some of whom later surfaced in Israeli custody. Gaza's health ministry gave a higher
    toll of [[1,516|killed;a=Gaza's health ministry]] and said [[more than 10,000|injured;a=Gaza's
    health ministry]] had been wounded.""",
)

item(
    "What is in a GHF box",
    """Each box handed out at the foundation's sites weighs about {{20 kg}}, the GHF says, and holds
    {{4 kg}} of flour, {{2 kg}} of rice, {{2 kg}} of pasta, lentils, tahini, oil, biscuits and
    tinned beans. The foundation says a box provides about {{1,750 calories}} per person per day
    for {{five and a half days}}, at a cost of about {{$1.30}} a meal. Nutritionists at UNICEF say
    the boxes lack fresh food and need cooking fuel that most families do not have, and that
    children {{under two}} cannot eat much of what is in them. A box costs {{$20}} to assemble in
    Israel, according to a GHF document from {{June 2025}}. In Khan Younis markets, resold boxes
    were fetching up to {{$400}} in {{July}}.""",
)

item(
    "Crowds around Zikim convoy come under fire",
    """A convoy of [[25 trucks|aid;a=the World Food Programme]] carrying food into northern Gaza
    through Zikim on {{20 July 2025}} was surrounded by hungry crowds that then came under fire from
    tanks, snipers and other gunfire, the World Food Programme said. Gaza's health ministry said
    [[at least 67 people|killed;a=Gaza's health ministry]] were killed near Zikim and [[about
    150|injured;a=Gaza's health ministry]] wounded, the deadliest day for aid seekers since the
    GHF sites opened. Israel's military said its troops fired warning shots to remove a threat
    posed by [[thousands of Gazans|civilians;a=Israel's military]], and disputed the toll. The
    same day, the ministry said [[19 people|killed;a=the ministry;alt=Gaza's health ministry]] had
    died of hunger in the previous {{24 hours}}, among them a {{35-day-old}} baby. Israel also
    ordered residents of southern Deir al-Balah to leave, an order OCHA said affected [[between
    50,000 and 80,000 people|displaced;p;a=OCHA]].""",
)

item(
    "GHF claims 100 million meals and plans new sites in the north",
    """The GHF said on {{4 August 2025}} it had delivered [[more than 100 million meals|aid;a=The
    GHF]] since {{May}}, and that it planned to open [[four more sites|other;p;a=The GHF]] in
    central and northern Gaza, bringing its total to [[eight|other;p;u=other;a=The GHF]]. The US
    State Department approved {{$30 million}} for the foundation in {{June}}. Each site is meant
    to serve [[about 300,000 people|capacity;a=the foundation]] a month, according to the
    foundation. [[About 1,200 Palestinians|other;a=the foundation;alt=The GHF]] are now employed
    at its sites, the foundation said. OCHA said that over the same period the UN and its
    partners had been allowed to bring in [[about 3,300 trucks|aid;a=OCHA]], and that {{87
    percent}} of the loads had been taken by crowds or armed groups before reaching
    warehouses.""",
)

item(
    "Rafah militia backed by Israel says it has hundreds of men",
    """Yasser Abu Shabab, whose armed group operates in Israeli-held eastern Rafah, said in a video
    that his men numbered [[more than 300|combatants;a=Yasser Abu Shabab]]. A UN memo seen by
    reporters said the group had looted [[dozens of trucks|aid;a=A UN memo]] on the road from
    Kerem Shalom in {{2024}}. Hamas's security force, Sahm, said it had killed [[at least 12 gang
    members|killed;a=Sahm;alt=Hamas's security force]] and arrested [[more than
    40|arrested;a=Sahm;alt=Hamas's security force]] in raids on looters. UN security staff said
    [[four drivers|killed;a=UN security staff]] had been killed in robberies on the Kerem Shalom
    road since {{October}}. [[Two others|kidnapped;a=UN security staff]] were abducted and freed after their
    families paid, they said. Israeli Prime Minister Benjamin Netanyahu said Israel had
    "activated clans" in Gaza that oppose Hamas.""",
)

item(
    "MSF clinics near GHF sites treated more than 1,300 wounded",
    """Médecins Sans Frontières said its [[two clinics|other;a=Médecins Sans Frontières]] near GHF
    sites in Rafah and Khan Younis had treated [[1,380 people|injured;a=Médecins Sans
    Frontières]] wounded at or near the sites between {{7 June}} and {{24 July}}, including [[71
    children|injured;a=Médecins Sans Frontières]]. The group said [[28 people|killed;a=The group;
    alt=Médecins Sans Frontières]] were dead on arrival and that [[174|injured;a=The group;
    alt=Médecins Sans Frontières]] had been shot in the head or chest. One nurse said a boy of
    {{12}} had been shot in the abdomen while carrying a bag of flour. On the worst days, the group said, its teams received [[between 50 and 60 wounded a day|injured;a=the group;alt=Médecins Sans Frontières]]. The GHF called the report false and said its sites had served [[over 150 million meals|aid;a=The GHF]].""",
)

item(
    "GHF shuts down as truce aid flows through the UN",
    """The GHF said on {{24 November 2025}} it was ending its operations in Gaza, saying it had
    delivered [[more than 187 million meals|aid;a=The GHF]] since {{May}}. It had run [[four
    sites|other;a=The GHF]] at its peak, it said. The UN human rights office said [[more than 2,100
    people|killed;a=The UN human rights office]] had been killed seeking aid since {{27 May}},
    {{about half}} of them near GHF sites. The UN said [[about 4,200 trucks|aid;a=The UN]] had
    entered in the first month of the ceasefire. WFP said it had reopened [[26 distribution
    points|other;a=WFP]] and was supporting [[19 bakeries|other;u=structure;a=WFP]] across the
    strip.""",
)

item(
    "Men detained at the Netzarim food site, families say",
    """The Palestinian Prisoners' Society said Israeli forces had detained [[at least 80
    people|arrested;a=The Palestinian Prisoners' Society]] near aid sites in central Gaza since
    {{June}}, most of them men who went to collect food. Relatives say [[23 men|missing;a=Relatives]] from Nuseirat and Bureij who went to the Netzarim site have not been heard from. The site is guarded by [[about 50 armed contractors|combatants]] and an Israeli battalion. Israel's military said it had detained [[a dozen suspects|arrested;a=Israel's military]] who it said were
    Hamas operatives trying to take over the site. HaMoked, an Israeli rights group, said the
    prison service was holding [[about 2,800 Gazans|arrested;a=HaMoked]] under its unlawful
    combatants law. The ICRC said it had been denied access to [[thousands of
    detainees|arrested;a=The ICRC]] from Gaza since {{October 2023}}. Gaza's civil defence said
    [[nine people|killed;a=Gaza's civil defence]] were shot near the site on {{Saturday}}.""",
)

item(
    "Children among the dead at food sites, UNICEF says",
    """UNICEF said [[more than 100 children|killed;a=UNICEF]] had been killed while trying to get
    food or water since the GHF sites opened, and [[over 900|injured;a=UNICEF]] wounded.
    Spokesman James Elder said he had met a boy of {{11}} at Nasser hospital who had been shot in
    the leg at the Tal al-Sultan site while queuing for his family. "Children are being sent to
    the sites because they are less likely to be seen as a threat," Elder said. Save the Children
    said [[at least 13 children|injured;a=Save the Children]] had been treated for gunshot wounds
    at its field hospital in al-Mawasi in a single week of {{July 2025}}. The health ministry said [[10|killed;a=The health ministry]] of the aid seekers killed on {{Tuesday}} were under {{18}}. [[Two brothers|missing;a=their family]], aged {{nine}} and {{14}}, have been missing since they went to the Khan Younis site on {{Friday}}, their family told AFP.""",
)

item(
    "The GHF, from launch to closure",
    """The Gaza Humanitarian Foundation was registered in Switzerland and Delaware in {{February
    2025}} and began distributing food in Gaza on {{26 May 2025}}. The US pledged {{$30 million}}
    to it in {{June}}, and the foundation said it needed about {{$150 million}} a month to run.
    Its sites typically opened for {{less than an hour}}, often before {{6 am}}, and were
    announced on its Facebook page as little as {{20 minutes}} in advance. Most lay {{3 km to 4
    km}} from the nearest shelters, in areas under Israeli evacuation orders. The foundation
    paused operations after the ceasefire of {{10 October}} and announced its closure on {{24
    November 2025}}.""",
)

item(
    "A father's walk to the Morag site",
    """Mahmoud, {{34}}, leaves his tent in al-Mawasi at {{1 am}} to walk the {{12 km}} to the GHF
    site near the Morag corridor. On his last trip, he said, he saw [[four men|killed;a=Mahmoud]] shot
    dead in front of him and helped carry a wounded teenager to a donkey
    cart. He came home with a bag of rice and {{2 kg}} of lentils for his
    children. "[[Hundreds of us|civilians;a=Mahmoud;n=-]] run as soon as the
    gate opens, and the strong ones take everything," he said. The health ministry said
    [[22 people|killed;a=The health ministry]] were killed near the Morag site that day and
    [[more than 100|injured;a=The health ministry]] wounded. Civil defence crews said they
    recovered [[six bodies|killed;a=Civil defence crews]] from the road the next morning. He said [[two of his cousins|missing;a=Mahmoud]] had not come back from the site in {{June}}. Israel's military said it was looking into the reports.""",
)

item(
    "US troops staff new truce coordination centre",
    """[[About 200 US troops|combatants;a=US officials]] have been sent to Israel to staff a
    Civil-Military Coordination Center in Kiryat Gat that will oversee the ceasefire and aid
    deliveries, US officials said. The center also hosts military planners from allied
    countries and several aid groups. No American troops will enter Gaza. The UN said [[about 600 trucks a
    day|aid;p;a=The UN]] were needed to meet basic needs, and that [[fewer than
    150|aid;u=other;a=The UN]] had entered on most days since {{10 October}}. COGAT said it had
    approved [[4,453 trucks|aid;a=COGAT]] in the first {{three weeks}} of the truce, including
    commercial goods. Gaza's health ministry said [[at least 240 people|killed;a=Gaza's health
    ministry]] had been killed by Israeli fire since the truce began. Hamas freed [[all 20 living hostages|kidnapped]] on {{13 October}} and has since handed over the remains of [[15 of the 28 dead|killed]].""",
)

item(
    "Crush at Khan Younis food site kills 20",
    """[[At least 20 people|killed;a=the foundation]] were killed in a crush at the GHF's
    distribution site in Khan Younis on {{16 July 2025}}, the foundation said, blaming agitators in
    the crowd that it said were armed. [[Nineteen|killed;a=the foundation]] were trampled and
    [[one|killed;a=the foundation]] was stabbed, it said. Gaza's health ministry said
    [[dozens|injured;a=Gaza's health ministry]] were hurt, and that it was the first time so many
    had died at a site without gunfire. Witnesses said guards had fired pepper spray and stun
    grenades at [[about 1,500 people|civilians;a=Witnesses]] pressed against the gates, which had
    been open for {{less than 10 minutes}}. The GHF said it was handing out [[between 15,000 and
    20,000 boxes a day|aid;a=The GHF]] across its sites, each of which could serve [[up to 40,000
    people a day|capacity;a=The GHF]]. The UN said that in the same week only [[about 80 trucks a
    day|aid;a=The UN]] of its own had been allowed in.""",
)
