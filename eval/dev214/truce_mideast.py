"""Gaza, Lebanon, Yemen, Syria, Israel and Iran: truces, pauses and swaps, and their terms in
numbers (17 texts, 2 of them with numbers but no figure)."""

from _wrap import item

item(
    "Gaza ceasefire deal: what the first phase provides",
    """The ceasefire between Israel and Hamas that took effect on {{19 January}} opens with a
    {{42-day}} first phase in which [[33 Israeli hostages|kidnapped;p]] are to be freed, among
    them women, children and men {{over the age of 50}}. In return Israel is to free
    [[about 1,900 Palestinian prisoners|other;p;a=Israel's justice ministry]], Israel's justice
    ministry said in a list published overnight. Mediators said
    [[600 aid trucks a day|aid;p;a=Mediators]] would be allowed into the enclave, including
    [[50 fuel trucks|aid;p;a=Mediators]]. Displaced Palestinians may start going back to
    northern Gaza on the {{seventh day}}, while Israeli troops pull back to a buffer zone about
    {{700 metres}} deep along the border. Sheikh Mohammed bin Abdulrahman Al Thani, Qatar's prime
    minister, said
    [[more than 1 million displaced people|returned;p;a=Sheikh Mohammed bin Abdulrahman Al Thani]]
    could eventually return to their areas. Gaza's health ministry says
    [[more than 46,900 people|killed;a=Gaza's health ministry]] have been killed in the war.""",
)

item(
    "Crowds walk north as Netzarim corridor opens",
    """Gaza's government media office said
    [[more than 300,000 people|returned;a=Gaza's government media office]] had crossed the
    Netzarim corridor into the north by nightfall on Monday, most of them on foot along the
    coastal road. Cars and carts were sent through a separate checkpoint on Salah al-Din road,
    where Egyptian and Qatari security contractors checked
    [[about 6,000 vehicles|other;a=the office;alt=Gaza's government media office]] before dark,
    the office added. The return had been held up for {{two days}} by a dispute over Arbel Yehud,
    a civilian hostage Israel said should have been freed on Saturday. Mediators said Hamas would
    release her and [[two other hostages|kidnapped;p;a=Mediators]] on Thursday, and
    [[three more|kidnapped;p;n=-;a=Mediators]] on Saturday. UNRWA estimated that
    [[some 135,000 returnees|displaced;a=UNRWA]] had no home left to go back to. The agency said
    it had reopened [[14 schools|capacity;a=The agency;alt=UNRWA]] in Gaza City as shelters for
    them.""",
)

item(
    "Four-day pause: 50 hostages for 150 prisoners",
    """Israel and Hamas agreed on Wednesday to a {{four-day}} pause in the fighting in Gaza,
    during which [[50 women and children|kidnapped;p;n=women and children]] held in the enclave
    are to be released in exchange for
    [[150 Palestinian women and minors|other;p;n=women and minors]] held in Israeli jails. The
    Israeli government said the pause would be extended by {{one day}} for every
    [[10 additional hostages|kidnapped;p;a=The Israeli government]] freed. Qatar's foreign
    ministry said [[up to 300 trucks|aid;p;a=Qatar's foreign ministry]] of food, medicine and fuel
    would enter each day. The Israeli military says
    [[about 240 people|kidnapped;a=The Israeli military]] were taken into Gaza in the
    {{7 October}} attack, in which Israel says [[about 1,200 people|killed;a=Israel]] were killed.
    Gaza's health ministry says
    [[more than 14,000 Palestinians|killed;a=Gaza's health ministry]] have been killed since
    then.""",
)

item(
    "Seven days of truce end with 105 captives out",
    """By the time the truce collapsed on the morning of {{1 December}},
    [[105 hostages|kidnapped;a=AFP]] had been released from Gaza,
    [[81 Israelis|kidnapped;a=AFP]] and [[24 foreign nationals|kidnapped;a=AFP]], most of them
    Thai farm workers, AFP counted. Israel freed
    [[240 Palestinian prisoners|other;a=the Israel Prison Service]],
    [[107 of them|other;n=-;a=the Israel Prison Service]] minors, the Israel Prison Service said.
    The Palestinian Red Crescent said
    [[about 200 trucks a day|aid;a=The Palestinian Red Crescent]] had entered through Rafah during
    the pause, far short of what was needed. Within hours of the resumption, the health ministry
    in Gaza said [[at least 178 people|killed;a=the health ministry in Gaza]] had been killed in
    strikes. Israel says [[137 hostages|kidnapped;a=Israel]] are still held in Gaza.""",
)

item(
    "Under Trump plan, 20 living hostages in 72 hours",
    """Under the {{first phase}} of the plan, Hamas must release
    [[all 20 living hostages|kidnapped;p]] within {{72 hours}} of the ceasefire taking effect,
    and hand over the remains of [[28 others|killed;p;n=-]] as they are recovered. In exchange
    Israel will free [[250 prisoners|other;p;a=Shosh Bedrosian]] serving life sentences and
    [[1,718 Gazans|other;p;a=Shosh Bedrosian]] detained since the war began, Shosh Bedrosian, a
    government spokeswoman, said. For the remains of each dead hostage, Israel is to return the
    bodies of [[15 Gazans|killed;p]]. US officials said
    [[about 200 American troops|combatants;p;a=US officials]] would help oversee the truce from a
    coordination centre in Israel, though none would enter Gaza. Israeli forces are to pull back
    to an agreed line, leaving them in control of about {{53%}} of the strip. The UN said it had
    [[170,000 tonnes|aid;a=The UN]] of food, medicine and other supplies ready to move in.""",
)

item(
    "Gaza toll since truce passes 400, ministry says",
    """Gaza's health ministry said on Sunday that
    [[at least 401 Palestinians|killed;a=Gaza's health ministry]] had been killed by Israeli fire
    since the ceasefire began on {{10 October}}, and
    [[1,108 others|injured;n=-;a=Gaza's health ministry]] wounded. The ministry said
    [[another 612 bodies|killed;a=The ministry;alt=Gaza's health ministry]] had been recovered
    from the rubble in the same period, and that
    [[about 9,500 people|missing;a=The ministry;alt=Gaza's health ministry]] were still missing.
    The Israeli military says its troops have fired on people who crossed the yellow line, which
    runs between {{1.5 km}} and {{6.5 km}} from the border, and that
    [[three soldiers|killed;a=The Israeli military]] have been killed by militants since the
    truce. Israel's prime minister's office said Hamas had so far handed back the bodies of
    [[24 hostages|killed;a=Israel's prime minister's office]]. BBC Verify found that Israeli
    forces had demolished [[more than 1,500 buildings|housing;a=BBC Verify]] behind the line since
    the truce, using satellite images. The UN said
    [[about 4,200 aid trucks|aid;a=The UN]] had entered in the {{first month}} of the truce. The
    deal promised [[600 a day|aid;p;u=other]].""",
)

item(
    "Lebanon truce: 60 days for Israel to leave the south",
    """The ceasefire between Israel and Hezbollah that began at {{4 a.m.}} on {{27 November}}
    gives Israeli forces {{60 days}} to withdraw from southern Lebanon, as the Lebanese army
    deploys south of the Litani river, which runs up to {{30 km}} from the border. Najib Mikati,
    Lebanon's caretaker prime minister, said the army would send
    [[at least 5,000 soldiers|combatants;p;a=Najib Mikati]] to the south. Officials in Beirut said
    the force could eventually grow to [[10,000 troops|combatants;p;a=Officials in Beirut]]. The
    truce will be watched by a committee chaired by the United States, alongside UNIFIL's
    [[about 10,000 peacekeepers|combatants]]. Lebanon's health ministry says
    [[more than 3,800 people|killed;a=Lebanon's health ministry]] have been killed in Lebanon
    since {{October 2023}} and [[15,600|injured;a=Lebanon's health ministry]] wounded. The
    International Organization for Migration says
    [[about 900,000 people|displaced;a=The International Organization for Migration]] were
    displaced inside Lebanon. Lebanon's government says
    [[more than 1,000 collective shelters|capacity;a=Lebanon's government]] opened in schools and
    public buildings during the war. The World Bank estimates
    [[about 99,000 housing units|housing;a=The World Bank]] were damaged or destroyed.""",
)

item(
    "A year on, Lebanon truce holds on paper",
    """UNIFIL said it had recorded
    [[more than 7,500 air violations|other;u=other;a=UNIFIL]] and
    [[nearly 2,500 ground violations|other;u=other;a=UNIFIL]] north of the Blue Line in the
    {{12 months}} since the ceasefire. Lebanon's health ministry says Israeli strikes have killed
    [[more than 330 people|killed;a=Lebanon's health ministry]] since the truce took hold and
    wounded [[about 945|injured;a=Lebanon's health ministry]]. Israeli troops have stayed on
    [[five hilltops|other;u=other]] inside Lebanon since the withdrawal deadline passed in
    February. The Lebanese army said it had dismantled
    [[nearly 500 Hezbollah sites|other;a=The Lebanese army]] south of the Litani and deployed
    [[9,000 soldiers|combatants;a=The Lebanese army]] there. The IOM estimates
    [[about 82,000 people|displaced;a=The IOM]] are still displaced from border villages. Israel
    has demolished
    [[thousands of homes|housing;a=Lebanon's National Council for Scientific Research]] in those
    villages since the truce, according to Lebanon's National Council for Scientific
    Research.""",
)

item(
    "Villagers defy troops as withdrawal deadline passes",
    """Israeli troops shot dead [[22 people|killed;a=Lebanon's health ministry]] and wounded
    [[124|injured;a=Lebanon's health ministry]] on Sunday as residents tried to return to border
    villages on the day the {{60-day}} withdrawal deadline expired, Lebanon's health ministry
    said. The Lebanese army said [[one soldier|killed;a=The Lebanese army]] was among the dead.
    [[Thousands of people|returned]] drove south in convoys, many waving Hezbollah flags, and the
    army said it had escorted residents back into
    [[30-40 villages|other;a=the army;alt=The Lebanese army]]. Israel says it needs more time
    because the Lebanese army has not deployed fast enough. A Lebanese military source told AFP
    that [[about 4,000 troops|combatants;a=A Lebanese military source]] had moved south so far.
    Before the war, [[some 110,000 people|civilians;a=the UN]] lived in the border strip, the UN
    says. The White House said the deadline would be extended to {{18 February}}.""",
)

item(
    "Yemen's warring parties accept two-month UN truce",
    """Hans Grundberg, the UN envoy, said the {{two-month}} truce, which began on the
    {{first day}} of Ramadan, would let [[18 fuel ships|other;p;a=Hans Grundberg]] into Hodeidah
    port and allow [[two commercial flights a week|other;p;a=Hans Grundberg]] from Sanaa to Amman
    and Cairo. The Saudi-led coalition said it would free
    [[163 Houthi prisoners|arrested;p;a=The Saudi-led coalition]] as a goodwill gesture. The ICRC
    said it was ready to oversee a swap agreed in Geneva in {{March}} that would free
    [[887 detainees|other;p;a=The ICRC]] held by both sides. ACLED says
    [[more than 150,000 people|killed;a=ACLED]] have been killed in Yemen since {{2015}},
    including [[14,500 civilians|killed;a=ACLED]] in targeted attacks. The UN says
    [[4.3 million people|displaced;a=The UN]] have been displaced over the same period.""",
)

item(
    "Nearly 900 detainees flown home in Yemen swap",
    """ICRC planes carried [[almost 900 detainees|other;a=the Red Cross]] between Sanaa, Aden,
    Marib and Saudi Arabia over {{three days}} in the largest exchange since the war began, the
    Red Cross said. The Houthis handed over
    [[181 detainees|other;a=the committee overseeing the swap]], among them
    [[15 Saudis|other;a=the committee overseeing the swap]] and
    [[three Sudanese|other;a=the committee overseeing the swap]], while the government side
    released [[706 Houthi fighters|other;a=the committee overseeing the swap]], the committee
    overseeing the swap said. Abdulqader al-Murtada, who heads the Houthi prisoners' committee,
    said [[about 1,400 more|other;p;n=-;a=Abdulqader al-Murtada]] could be freed in the next
    round, due within {{a month}}. Families of the missing say
    [[thousands|arrested;a=Families of the missing]] remain in secret detention on both sides.
    At Sanaa airport, relatives waited behind a fence for hours, holding photographs.""",
)

item(
    "Moscow deal freezes Idlib front",
    """The ceasefire agreed by Vladimir Putin and Recep Tayyip Erdogan in Moscow took effect at
    midnight and sets up a security corridor {{6 km}} deep on each side of the {{M4}} highway, to
    be patrolled jointly from {{15 March}}. A Turkish defence ministry official said Russia and
    Turkey would each send
    [[about 20 armoured vehicles|other;p;a=A Turkish defence ministry official]] on the patrols.
    The UN says [[nearly 1 million people|displaced;a=The UN]] fled the Syrian government's
    offensive in the {{three months}} before the deal. Turkey has sent
    [[more than 7,000 troops|combatants;a=the Syrian Observatory for Human Rights]] into Idlib
    since {{February}}, according to the Syrian Observatory for Human Rights. Ankara says
    [[59 of its soldiers|killed;a=Ankara]] have been killed there this year. Aid groups said
    [[about 400,000 people|displaced;a=Aid groups]] were sleeping in tents, unfinished buildings
    or the open. The Syrian Observatory counted
    [[15 violations|other;u=other;a=The Syrian Observatory;alt=Syrian Observatory for Human Rights]]
    in the hours after the truce began.""",
)

item(
    "Sweida truce lets Bedouin families leave under escort",
    """Buses carried
    [[about 1,500 Bedouin residents|displaced;a=the Syrian Arab Red Crescent]] out of Sweida city
    on Monday under a ceasefire brokered by the United States, Turkey and Jordan, the Syrian Arab
    Red Crescent said. The Syrian Observatory for Human Rights said
    [[more than 1,120 people|killed;a=The Syrian Observatory for Human Rights]] were killed in a
    week of fighting between Druze fighters, Bedouin tribes and government forces, among them
    [[427 Druze fighters|killed;a=The Syrian Observatory for Human Rights]] and
    [[298 Druze civilians|killed;a=The Syrian Observatory for Human Rights]]. Syria's interior
    ministry said it would deploy
    [[2,500 security personnel|combatants;p;a=Syria's interior ministry]] around the province to
    enforce the truce. OCHA said [[more than 176,000 people|displaced;a=OCHA]] had fled their
    homes in Sweida and nearby Daraa. A Red Crescent convoy of [[32 trucks|aid]] carrying flour,
    fuel and medical supplies reached the city on Thursday.""",
)

item(
    "Twelve days, then a ceasefire: the toll in Iran and Israel",
    """Iran's health ministry said [[627 people|killed;a=Iran's health ministry]] were killed and
    [[4,870|injured;a=Iran's health ministry]] injured in Israeli strikes during the {{12-day}}
    war that ended with a ceasefire on {{24 June}}. HRANA, a US-based rights group, put the
    Iranian toll higher, at [[1,190|killed;a=HRANA]]. Israeli authorities said
    [[28 people|killed;a=Israeli authorities]] were killed by Iranian missiles and
    [[more than 3,200|injured;a=Israeli authorities]] were treated in hospital. Iran fired
    [[about 550 ballistic missiles|other;a=the Israeli military]] and
    [[some 1,000 drones|other;a=the Israeli military]] at Israel, the Israeli military said.
    Israel's Home Front Command said
    [[more than 13,000 people|displaced;a=Israel's Home Front Command]] had been moved out of
    damaged homes into hotels. Israel's tax authority said it had received claims for
    [[more than 30,000 damaged homes|housing;a=Israel's tax authority]].""",
)

item(
    "Long-term Gaza truce ends 50 days of war",
    """An open-ended ceasefire brokered by Egypt took effect at {{7 p.m.}} on Tuesday, ending
    {{50 days}} of fighting in which Gaza officials say
    [[more than 2,140 Palestinians|killed;a=Gaza officials]] were killed. The UN says
    {{about 70 percent}} of them were civilians. Israel says [[64 soldiers|killed;a=Israel]] and
    [[six civilians|killed;a=Israel]] were killed on its side. The deal eases the blockade and
    extends the fishing zone off Gaza to {{six nautical miles}}. UNRWA said
    [[about 110,000 people|displaced;a=UNRWA]] were still sheltering in
    [[83 of its schools|capacity;a=UNRWA]]. The UN estimates
    [[some 18,000 homes|housing;a=The UN]] were destroyed or badly damaged, leaving
    [[108,000 people|displaced;a=The UN]] homeless. Indirect talks on a port and an airport are
    to start in Cairo within {{a month}}.""",
)

# ---------------------------------------------------------------- numbers but no figure

item(
    "Explainer: the clauses of Lebanon's ceasefire",
    """The agreement that took effect on {{27 November 2024}} builds on UN Security Council
    {{Resolution 1701}}, adopted in {{August 2006}} to end the {{34-day}} war of that year. It
    gave Israel {{60 days}} to withdraw its forces and required that Hezbollah keep no armed
    presence south of the Litani, which at its farthest runs about {{30 km}} from the border. A
    monitoring mechanism chaired by the United States meets in Naqoura, a town {{4 km}} north of
    the Blue Line. The withdrawal period ran out on {{26 January 2025}} and was extended to
    {{18 February}}. The World Bank puts the cost of damage and losses at {{$14 billion}} and says
    reconstruction will need {{$11 billion}}. Lebanon's economy shrank by {{7.1%}} last year, it
    estimates.""",
)

item(
    "Deadline for phase two talks passes in Doha",
    """Talks on the {{second phase}} of the Gaza ceasefire were meant to begin by {{day 16}} of the
    truce, on {{3 February}}, but Israel's negotiators did not arrive in Doha until
    {{10 February}}. The {{first phase}}, of {{42 days}}, ends on {{1 March}}. Under the text, the
    next stage would bring a permanent end to the war and the {{third}} would begin
    reconstruction, which the UN, the EU and the World Bank estimate will cost {{$53 billion}}
    over {{10 years}}. An Egyptian counter-proposal puts the cost of its first stage at
    {{$20 billion}} over {{two years}}. Hamas said on Monday it was ready to negotiate, and an
    Israeli official said the delegation would stay in Qatar for {{48 hours}}.""",
)
