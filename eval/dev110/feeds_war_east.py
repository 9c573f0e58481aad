"""Ukraine, Russia and the Middle East as the feeds deliver them: strikes, hostages, sieges,
displacement and returns, with the pages' furniture (8 articles with figures, 1 without)."""

from _wrap import BLANK, FLAT, LINE, item

item(
    "Russian glide bombs hit crowded Kharkiv hardware store",
    """By HANNA ARHIROVA and ILLIA NOVIKOV

    Share

    KHARKIV, Ukraine (AP) — [[Two Russian glide bombs|other;u=other;a=Oleh Syniehubov]] struck
    a crowded hardware superstore in Ukraine's second-largest city on Saturday afternoon,
    killing [[at least 12 people|killed;a=Oleh Syniehubov]] and wounding
    [[43|injured;a=Oleh Syniehubov]], said Oleh Syniehubov, the regional governor.

    Updated {{6:12 PM GMT+2, May 25, 2024}}

    [[About 200 people|civilians;a=Syniehubov]] were believed to have been inside the store
    when the first bomb hit, Syniehubov said on Telegram. Firefighters battled a blaze covering
    {{15,000 square meters}} into the night, and [[16 people|missing;a=Ukraine's Interior
    Minister Ihor Klymenko]] were still unaccounted for on Sunday morning, according to
    Ukraine's Interior Minister Ihor Klymenko.

    {{Image 4 of 11}}: Rescuers carry a body from the burning store in Kharkiv, Ukraine, on
    Saturday. (AP Photo/Evgeniy Maloletka)

    The store sold building materials and garden supplies and was usually busy on weekends.
    Smoke from the site could be seen across the city for hours, and emergency workers used a
    crane to lift slabs of the collapsed roof.

    Mayor Ihor Terekhov said a separate strike on a residential neighborhood had damaged
    [[15 apartment buildings|housing;a=Mayor Ihor Terekhov]] and injured
    [[five more people|injured;a=Mayor Ihor Terekhov]], among them a {{12-year-old}} girl.

    Russia has pounded Kharkiv, which lies about {{30 kilometers (19 miles)}} from the border,
    since launching a new ground offensive in the region on {{May 10}}. Ukrainian officials say
    [[more than 11,000 residents|displaced;a=Ukrainian officials]] have been evacuated from
    border villages since then.

    President Volodymyr Zelenskyy said Russia had dropped
    [[more than 3,200 glide bombs|other;u=other;a=President Volodymyr Zelenskyy]] on Ukraine in
    May alone, and renewed his appeal for more air defense systems. The Kremlin did not
    comment on the strike; Russian officials have repeatedly said they target only military
    facilities.

    Associated Press writer Samya Kullab in Kyiv contributed to this report.

    Follow AP's coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine""",
    LINE,
)

item(
    "Israeli strikes kill dozens across south Lebanon as residents flee north",
    """BEIRUT, {{Oct 2}} (Reuters) - Israeli air strikes on towns across southern Lebanon and
    the Bekaa Valley killed [[46 people|killed;a=Lebanon's health ministry]] and wounded
    [[85|injured;a=Lebanon's health ministry]] on Wednesday, Lebanon's health ministry said.
    [[Tens of thousands of residents|displaced]] jammed the coastal highway heading north.

    Advertisement · Scroll to continue

    Among the dead were [[seven paramedics|killed;a=the ministry;alt=Lebanon's health
    ministry]] from the Islamic Health Committee, the ministry said. Lebanon's caretaker
    government says [[about 1.2 million people|displaced;a=Lebanon's caretaker government]]
    have been displaced since the escalation began in late September, and that
    [[778 schools and public buildings|capacity;n=schools and public buildings;u=structure;
    a=Lebanon's caretaker government]] have been turned into shelters, most of them full.

    The U.N. refugee agency said [[more than 100,000 people|displaced;a=The U.N. refugee
    agency]], Syrians and Lebanese, had crossed into Syria in the past week through the Masnaa
    border crossing and several smaller ones.

    Israel's military said it had struck [[some 200 Hezbollah targets|other;u=other;a=Israel's
    military]] overnight, including weapons depots and rocket launchers, and that
    [[three of its soldiers|killed;a=Israel's military]] were killed in fighting in a border
    village. Hezbollah said it fired rockets at Haifa for a second day.

    Get a look at the day ahead in global markets with the Morning Bid newsletter. Sign up
    here.

    Hezbollah and Israel have traded fire since October last year, when the group began
    attacking Israeli positions in support of its ally Hamas. The conflict escalated sharply in
    the second half of September, when Israel began a campaign of air strikes and killed
    Hezbollah leader Hassan Nasrallah in Beirut.

    Related coverage: Israel tells residents of {{25 Lebanese villages}} to leave immediately

    Reporting by Maya Gebeily and Laila Bassam; Additional reporting by Emily Rose in
    Jerusalem; Writing by Michael Georgy; Editing by Alex Richardson

    Our Standards: The Thomson Reuters Trust Principles., opens new tab

    Purchase Licensing Rights, opens new tab""",
    FLAT,
)

item(
    "Israeli fire on aid seekers at Gaza City roundabout kills 20, ministry says",
    """Published On {{14 Mar 2024}}

    Save articles to read later and create your own reading list.

    [[At least 20 Palestinians|killed;a=the Ministry of Health in Gaza]] have been killed and
    [[155|injured;a=the Ministry of Health in Gaza]] wounded by Israeli fire while waiting for
    aid trucks at the Kuwait roundabout in Gaza City, according to the Ministry of Health in
    Gaza.

    Keep reading

    {{list of 4 items}}

    {{list 1 of 4}}

    Aid trucks stuck at Rafah as hunger spreads in Gaza's north

    {{list 2 of 4}}

    Photos: Palestinians break their fast among the ruins of Rafah

    {{list 3 of 4}}

    Gaza ceasefire talks stall in Cairo as Ramadan begins

    {{list 4 of 4}}

    What is the US plan for a pier off the Gaza coast?

    end of list

    The ministry said many of the wounded were in critical condition at al-Shifa Hospital,
    where doctors were treating patients on the floor. Witnesses told Al Jazeera that a crowd
    of [[several thousand people|civilians;a=Witnesses]] had gathered since the early hours
    for a convoy of [[31 flour trucks|aid;a=Witnesses]].

    The Israeli military denied its troops had fired on the crowd and said it was reviewing
    the incident. Gaza's Government Media Office accused Israeli forces of deliberately
    targeting people waiting for food, and called the shooting a "massacre".

    Advertisement

    Displaced Palestinians wait for food at a distribution point in Rafah, southern Gaza, where
    [[more than 1.4 million people|displaced]] now shelter [Mohammed Abed/AFP]

    The United Nations says only [[159 aid trucks a day|aid;a=The United Nations]] entered
    Gaza in February, against a pre-war average of [[500|aid;u=other;a=The United
    Nations]], and that [[at least 576,000 people|civilians;a=The United Nations]] in the
    enclave are one step away from famine.

    Jordan, the United States and other countries have carried out [[46 airdrops|aid]] since
    late February, but aid officials say airdrops cannot replace road access. The UN's
    humanitarian office said Israeli authorities had denied or impeded more than half of the
    aid missions it planned to the north of the Strip in February. The Ministry of
    Health says [[at least 31,341 people|killed;a=The Ministry of Health;alt=the Ministry of
    Health in Gaza]] have been killed in Gaza since {{October 7}}.

    SOURCE: AL JAZEERA AND NEWS AGENCIES""",
    LINE,
)

item(
    "Second group of hostages freed from Gaza as truce holds after delay",
    """By TOI Staff and Agencies

    {{25 November 2023, 11:58 pm}}

    [[Thirteen Israeli hostages|kidnapped;a=the Prime Minister's Office]], among them
    [[eight children|kidnapped;a=the Prime Minister's Office]], were released by Hamas on
    Saturday night and handed over to the Red Cross along with
    [[four Thai nationals|kidnapped;a=the Prime Minister's Office]], the Prime Minister's
    Office said, after a delay of several hours that threatened the truce.

    The freed Israelis, including a {{9-year-old}} girl whose family had feared she was dead,
    were flown to hospitals in central Israel.

    In exchange, Israel released [[39 Palestinian prisoners|other;a=the Israel Prison
    Service]], all of them women and minors, from Ofer and Damon prisons, the Israel Prison
    Service said.

    Hamas had held up the release for hours, accusing Israel of letting only
    [[65|aid;u=other;a=Hamas]] of [[the 200 aid trucks|aid;p;a=Hamas]] promised for northern
    Gaza through. Egypt said [[187 trucks|aid;a=Egypt]] entered the Strip on Saturday through
    the Rafah crossing, carrying food, water, medicine and {{129,000 liters}} of fuel.

    A total of [[26 Israelis|kidnapped]] have now been freed under the four-day truce, which
    also provides for [[150 Palestinian women and minors|other;p;n=women and minors]] to be
    released from Israeli jails. Israel estimates [[some 210 hostages|kidnapped;a=Israel]]
    remain in Gaza.

    Read more: 'We counted every hour': Families of {{240 captives}} mark {{50 days}}

    Join our Comment Policy""",
    LINE,
)

item(
    "Authorities order families with children to leave Pokrovsk as front nears",
    """Author: Kateryna Tyshchenko

    {{August 19, 2024 4:17 PM}} {{2 min read}}

    Ukrainian authorities have ordered the mandatory evacuation of families with children from
    Pokrovsk and [[14 surrounding towns and villages|other;u=other;n=towns and villages]] in
    Donetsk Oblast as Russian forces advance to within {{10 kilometers}} of the city.

    The order covers [[2,013 children|displaced;p;a=Vadym Filashkin]], the head of the Donetsk
    Oblast Military Administration, Vadym Filashkin, said on Monday.

    [[Some 53,000 residents|civilians;a=Filashkin]] remain in Pokrovsk, which had a pre-war
    population of [[about 60,000|civilians;a=Filashkin]], Filashkin said.
    [[Around 600 people a day|displaced;a=Serhii Dobriak]] are now leaving the city, according
    to Serhii Dobriak, head of the city military administration.

    Read also: Russia claims capture of village {{8 kilometers}} from Pokrovsk

    Russian strikes on Pokrovsk over the weekend killed
    [[two people|killed;a=Filashkin]] and damaged [[11 houses|housing;a=Filashkin]],
    Filashkin said. Evacuation trains leave for Lviv twice a day.

    Volunteers from the East SOS group said they had driven out
    [[more than 170 elderly and disabled people|displaced;a=Volunteers from the East SOS
    group]] since the start of the month, many of them bedridden.

    We've been working hard to bring you independent, locally sourced news from Ukraine.
    Consider supporting the Kyiv Independent.""",
    BLANK,
)

item(
    "UN says 900,000 displaced by Idlib offensive, warns of bloodbath",
    """Issued on: {{17/02/2020 - 14:52}} Modified: {{17/02/2020 - 16:20}}

    {{3 min}}

    Beirut (AFP) – [[Nearly 900,000 people|displaced;a=the United Nations]] have fled a
    Russian-backed regime offensive in northwest Syria since December, the United Nations said
    Monday, warning that the violence could end in a "bloodbath".

    Women and children account for {{more than 80 percent}} of the displaced, many of them
    sleeping in fields and under olive trees in freezing temperatures, said Mark Lowcock, the
    UN's humanitarian chief. "They are moving into camps that are full and into informal
    settlements where [[170,000 people|displaced;a=Mark Lowcock]] already lived in tents," he
    said.

    Advertising

    The Syrian Observatory for Human Rights, a Britain-based war monitor, said government air
    strikes on Monday killed [[14 civilians|killed;a=The Syrian Observatory for Human
    Rights]], among them [[five children|killed;a=The Syrian Observatory for Human Rights]], in
    the towns of Darat Izza and Atareb. It said regime forces had captured
    [[more than 30 villages|other;a=The Syrian Observatory for Human Rights]] west of Aleppo in
    {{48 hours}}.

    Turkey already hosts [[3.6 million Syrian refugees|displaced]]. It says it cannot take in
    any more. Ankara has sent [[thousands of troops|combatants]] and
    [[hundreds of armoured vehicles|other]] into Idlib province.

    [[At least seven children and babies|killed;n=children and babies;a=Save the Children]]
    have died of cold in the camps since the start of the month, Save the Children said.

    © {{2020}} AFP""",
    LINE,
)

item(
    "US strikes on Yemen fuel port kill dozens, Houthi-run ministry says",
    """Updated {{5:02 AM EDT, April 18, 2025}}

    DUBAI, United Arab Emirates (AP) — US airstrikes on the Ras Isa fuel port in Yemen killed
    [[at least 74 people|killed;a=the Houthi rebels]] and wounded
    [[171 others|injured;a=the Houthi rebels]], the Houthi rebels said Friday, in the deadliest
    known attack of the American campaign against the group.

    The Houthi-run health ministry said the dead included
    [[five paramedics|killed;a=The Houthi-run health ministry]], and that rescuers were still
    pulling bodies from the burning terminal on Friday morning. Fire crews fought blazes aboard
    [[at least three tankers|other]] moored at the dock.

    The US military's Central Command said the strikes were meant to cut off a source of fuel
    for the Iran-backed rebels and the revenue from its sale. It did not comment on casualties.

    {{Image 3 of 9}}: Yemenis mourn relatives killed in the strike during a funeral in
    Hodeida, Yemen, on Friday. (AP Photo/Osamah Abdulrahman)

    The campaign, which began on {{March 15}}, has hit
    [[more than 800 targets|other;u=other;a=the Yemen Data Project]], according to the Yemen
    Data Project. The Houthis have fired [[hundreds of missiles and drones|other;n=missiles and
    drones]] at ships in the Red Sea since {{November 2023}}, sinking
    [[two vessels|other;u=other]] and killing [[four sailors|killed]].

    [[Around 17 million Yemenis|civilians;a=the World Food Program]] do not have enough to eat,
    the World Food Program estimates.""",
    LINE,
)

item(
    "Yazidi families leave Duhok camps for Sinjar ahead of closure deadline",
    """Rudaw {{12 hours ago}}

    ERBIL, Kurdistan Region – [[More than 1,200 displaced Yazidi families|returned;a=Iraq's
    migration ministry]] have left camps in Duhok province for their hometowns in Sinjar over
    the past month, Iraq's migration ministry said on Sunday, ahead of a federal deadline to
    close the camps by {{July 30}}.

    The ministry said [[212 families|returned;a=The ministry;alt=Iraq's migration ministry]]
    left on Saturday alone, their belongings loaded onto [[37 trucks|other;a=The ministry;
    alt=Iraq's migration ministry]], and that each returning family receives a grant of {{four
    million dinars}} (about {{$3,000}}).

    [[Around 150,000 people|displaced;a=the Kurdistan Region's Joint Crisis Coordination Centre
    (JCC)]] still live in [[23 camps|capacity;a=the Kurdistan Region's Joint Crisis Coordination
    Centre (JCC)]] across the Kurdistan Region, most of them Yazidis who fled the Islamic State
    group's assault on Sinjar in {{August 2014}}, according to the Kurdistan Region's Joint
    Crisis Coordination Centre (JCC).

    "We have no house to go back to," said Khalil Murad, {{46}}, who has lived in a tent in
    Sharya camp for {{nine years}}. Sinjar's mayor, Nayef Sido, said
    [[about 6,000 homes|housing;a=Nayef Sido]] in the district were still in ruins.

    Nadia's Initiative, a charity, said it had rebuilt [[42 schools|housing;a=Nadia's
    Initiative]] and [[three health centres|housing;a=Nadia's Initiative]] in the district
    since {{2019}}.

    This article has been updated to correct the name of the camp in the fourth paragraph.""",
    FLAT,
)

item(
    "Russia and Ukraine hold first direct talks in three years in Istanbul",
    """Published {{16 May 2025, 15:47 BST}}

    Updated {{16 May 2025, 18:02 BST}}

    ISTANBUL — Russian and Ukrainian delegations met face to face in Istanbul's Dolmabahçe
    Palace on Friday, their first direct talks since {{March 2022}}, in a meeting that lasted
    {{less than two hours}}.

    Turkish Foreign Minister Hakan Fidan opened the session at {{13:40}} local time, telling
    both sides that the world was watching. Ukraine's delegation was led by Defence Minister
    Rustem Umerov; Russia sent presidential aide Vladimir Medinsky, who had headed its team at
    the failed talks of {{2022}}.

    Kyiv had pressed for an unconditional {{30-day}} ceasefire, which Moscow rejected. Medinsky
    said afterwards that Russia was "satisfied" and ready to continue contacts, while a
    Ukrainian official described Moscow's demands as "unacceptable".

    The Kremlin said a meeting between Vladimir Putin and Volodymyr Zelensky would be possible
    only once agreements had been reached. Oil prices barely moved, with Brent crude up {{0.6%}} at
    {{$64.92}} a barrel by late afternoon.

    The talks come in the fourth year of the full-scale invasion.

    Share this article {{4 comments}}""",
    LINE,
)
