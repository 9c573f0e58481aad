"""Border incidents along the DMZ and the sea border: crossings, mines, balloons, shelling,
loudspeakers and the people caught up in them (dev353)."""

from _wrap import item

item(
    "North Korean troops cross border line, retreat after warning shots",
    """[[Between 20 and 30 North Korean soldiers|combatants;a=South Korea's Joint Chiefs of
    Staff]] crossed the military demarcation line on Tuesday and retreated after South Korean
    troops fired warning shots, South Korea's Joint Chiefs of Staff said. It was the {{third}}
    such incursion this month. The soldiers were part of [[several thousand troops|combatants;a=the
    JCS]] building barriers and laying mines along the border, the JCS said. Mine blasts
    have killed [[at least 10 North Korean soldiers|killed;a=the JCS]] and wounded
    [[dozens|injured;n=-;a=the JCS]] working in the area since the spring, the JCS said. The
    North has deployed [[about 100 excavators|other;a=military officials]] and [[50 trucks|other;a=military officials]]
    to the work, military officials said, and planted [[tens of thousands of mines|other;a=military officials]].
    South Korea has [[about 500,000 troops|combatants]] on active duty.""",
)

item(
    "Trash balloons from North land across Seoul, some start fires",
    """North Korea has launched [[more than 7,000 balloons|other;a=the Joint Chiefs of
    Staff;u=other]] carrying rubbish and manure across the border since late {{May}}, the Joint
    Chiefs of Staff said on Monday. [[About 260|other;n=-;u=other;a=officials]] landed on
    Sunday night alone, officials said. Timers attached to the bags sparked fires that damaged
    [[at least 12 buildings|housing;a=firefighters]], including [[three homes|housing;a=firefighters]] in
    Paju and a factory warehouse, firefighters said. [[Some 90 vehicles|other]] were damaged
    by falling debris. Police dispatched [[about 1,200 officers|other;a=Police]] to clear the
    bags, which landed on the presidential compound twice. Seoul responded by
    switching on [[its 40 loudspeakers|other;u=other;n=loudspeakers;a=Seoul]] along the
    frontier, the defence ministry said.""",
)

item(
    "Yeonpyeong residents sent to shelters as North fires 200 shells",
    """North Korea fired [[about 200 artillery shells|other;a=South Korea's defence
    ministry]] into waters near the sea border on Friday, South Korea's defence ministry said,
    prompting authorities to order [[some 2,000 residents|displaced;a=authorities]] of
    Yeonpyeong island into bomb shelters. The island has [[seven shelters|capacity]] able to
    hold [[about 3,100 people|capacity]] in all. Residents of nearby Baengnyeong island,
    [[roughly 4,900 people|civilians]], were also told to take cover. The South's marines
    responded by firing [[about 400 rounds|other;a=the ministry;alt=South Korea's defence
    ministry]], the ministry said. No damage or casualties were reported. In {{2010}} a North
    Korean bombardment of the island killed [[four people|killed]].""",
)

item(
    "Two soldiers maimed by mines in DMZ, Seoul blames North",
    """[[Two South Korean staff sergeants|injured;a=the defence ministry]] were badly
    wounded on Tuesday when they triggered wooden-box mines outside a guard post in the DMZ near
    Paju, the defence ministry said. One lost both legs and the other one leg. Investigators
    said [[three mines|other;a=Investigators]] had been planted recently by North Korean
    troops. The sergeants, aged {{21}} and {{23}}, were part of [[an eight-man patrol|combatants;q=exact;v=8]].
    The South resumed loudspeaker broadcasts at [[11 sites|other]] and the North declared a
    quasi-state of war. [[About 2,000 residents|displaced;a=local officials]] of border towns
    in Yeoncheon and Gimpo were evacuated to shelters after the North fired
    [[four shells|other;a=local officials]] across the border, local officials said, and [[about 70 North Korean
    submarines|other;a=Seoul]], {{70%}} of its fleet, had left port, Seoul said.""",
)

item(
    "Fisheries official shot dead at sea by North Korean troops",
    """North Korean troops shot dead a South Korean fisheries official
    who had drifted into northern waters and burned his body, South Korea's military said on
    Thursday. The man, {{47}}, had gone missing from a patrol boat near Yeonpyeong island. The
    military said [[about 10 North Korean sailors|combatants;a=The military;alt=South Korea's
    military]] on a patrol vessel questioned him for hours before firing. Kim Jong Un later
    apologised. The coast guard had deployed [[20 vessels|other;a=The coast guard]] and
    [[six aircraft|other;a=The coast guard]] in the search, it said. [[Two of the official's colleagues|other]]
    were questioned. [[More than 30 fishing boats|other;a=the coast guard]] near the
    island were ordered back to port, the coast guard said. [[About 300 people|other;a=the family]] attended his funeral in Mokpo, the family said.""",
)

item(
    "North blows up roads and rail links across the border",
    """North Korea blew up sections of [[two roads|other;u=other;a=South Korea's Joint Chiefs of
    Staff]] that once linked it to the South, South Korea's Joint Chiefs of Staff said on
    Tuesday, releasing video of the blasts. [[About 300 North Korean troops|combatants;a=the
    JCS]] had been seen preparing the site for days, the JCS said. The South fired warning shots
    but no one was hurt. Pyongyang has also removed [[about 170 street lights|other;u=other;a=analysts]]
    along the Gyeongui road and dug [[at least 10 trenches|other;u=other;a=analysts]], analysts said.
    Seoul spent {{$132 million}} building the links. The North's army has declared the South a
    hostile state and said [[tens of thousands of soldiers|combatants;a=The North's army]] now guard the new border. [[About 20 South Korean civilians|civilians;a=officials]] who farm inside the civilian control zone were told to stay home, officials said.""",
)

item(
    "Drones cross into South's airspace, jets scrambled",
    """[[Five North Korean drones|other;a=the military]] crossed into South Korean airspace
    on Monday, one flying as far as northern Seoul, the military said. South Korea scrambled
    [[about 20 jets and helicopters|other;n=jets and helicopters;u=other]] and fired
    [[some 100 rounds|other]] but failed to down any of them. One light attack plane crashed on
    take-off and its [[two pilots|injured]] ejected with minor injuries. The defence minister
    apologised and said a special unit of [[about 1,000 personnel|combatants;p;a=The defence
    minister]] would be set up to counter drones. Seoul later sent [[three surveillance
    drones|other;a=officials]] into the North in response, officials said. [[Seven officers|other;a=the Board of Audit and Inspection]] were later disciplined for the failure, the Board of Audit and Inspection said.""",
)

item(
    "US soldier who dashed across the border is expelled by North",
    """North Korea said on Wednesday it would expel Private Travis King, the American soldier
    who ran across the border at Panmunjom during a tour in {{July}}. He was one of [[about 40
    visitors|other;a=the UN Command]] on the tour, the UN Command said. King, {{23}}, had
    served almost {{two months}} in a South Korean jail for assault. Pyongyang had held [[at least 16 Americans|arrested;a=the State Department]] since
    {{1996}}, the State Department said, [[three of whom|returned;n=-;a=the State Department]] were freed and flown
    home in {{2018}}. The UN Command said [[about 300 troops|combatants;a=The UN Command]] and
    [[a dozen Swedish and Swiss officers|combatants;a=The UN Command]] still staff the armistice commission.
    Tours of the Joint Security Area, which drew [[about 100,000 visitors|other]] a year, were
    suspended.""",
)

item(
    "Fishermen rescued in the East Sea handed back through Panmunjom",
    """South Korea sent [[two North Korean fishermen|returned;a=the unification ministry]]
    back across the border at Panmunjom on Friday after they said they wanted to go home, the
    unification ministry said. The coast guard said it had
    rescued [[five North Koreans|other;a=The coast guard]] at sea this year, [[three of
    whom|returned;n=-;a=The coast guard]] asked to go back. [[Two others|displaced]] chose to stay in the South.
    The boat, carrying {{about 400 kilograms}} of squid, was towed to Donghae. Pyongyang
    did not answer [[four messages|other;u=other;a=the ministry;alt=the unification
    ministry]] sent through the Red Cross, the ministry said.""",
)

item(
    "Loudspeakers fall silent as Seoul removes border speakers",
    """South Korea's military began dismantling [[the 20 fixed loudspeakers|other;u=other;a=the
    defence ministry]] it had installed along the border, the defence ministry said on Monday.
    The North removed [[at least 12 of its own|other;u=other;n=-;a=the JCS]] the next day,
    the JCS said. [[About 400 soldiers|combatants]] had been assigned to run the broadcasts.
    Residents of [[some 30 villages|civilians;a=a local council]] near Paju had complained of
    noise, a local council said, and [[roughly 11,000 people|civilians;a=a local council]] live within range of
    the speakers. Activists have sent [[more than 100,000 leaflets|other;u=other;a=a defectors'
    group]] by balloon this year, a defectors' group said, and police detained [[six
    activists|arrested;a=police]] who tried to launch more, police said. The North also took down [[about 150 propaganda billboards|other;u=other]].""",
)

item(
    "Guard posts rearmed after military pact collapses",
    """North Korea has rebuilt [[11 guard posts|housing;a=Seoul's defence
    ministry]] it demolished under the {{2018}} military agreement and deployed heavy weapons to
    them, Seoul's defence ministry said. Under the pact each side had removed or destroyed
    [[11 posts|housing;u=structure]] in the DMZ. The South says it will restore [[its own 10
    posts|housing;u=structure;p;a=The South]] as well. [[About 60 South Korean
    soldiers|combatants;a=officials]] will be posted at each restored site, officials said. The
    North has stationed [[some 200,000 troops|combatants;a=the ministry;alt=Seoul's defence
    ministry]] within {{20 km}} of the border, the ministry estimates. [[Four North Korean soldiers|injured;a=the JCS]] were seen being carried away after a blast near one post, the JCS said.""",
)

item(
    "Yeonpyeong islanders hold evacuation drill",
    """[[About 2,100 residents|civilians;a=the Ongjin county office]] of Yeonpyeong island
    took part in an evacuation drill on Thursday, the Ongjin county office said, filing into
    [[the island's seven shelters|capacity;a=the Ongjin county office]] within {{15 minutes}}. [[Two new shelters|capacity;p]]
    able to hold [[about 500 people|capacity;p]] each will open next year. During the
    January shelling alert, [[some 400 islanders|displaced;a=officials]] chose to leave for
    Incheon by ferry, officials said, and [[about 80|displaced;n=-;a=officials]] stayed away for more than a
    week. The island was shelled in {{2010}}, when [[two marines|killed]] and [[two civilians|killed]] were killed and [[dozens of houses|housing]] burned.""",
)

item(
    "North Korean merchant ship crew rescued after sinking",
    """South Korea's coast guard rescued [[15 North Korean sailors|other;a=South Korea's coast
    guard]] from a cargo ship that sank in heavy seas off Jeju, South Korea's coast guard said.
    [[Four crew members|missing]] remain missing and [[one body|killed]] was recovered. The
    ship, registered in Nampo, was carrying [[3,000 tonnes|other;n=-;u=other]] of coal, in
    breach of UN sanctions. [[Three of the survivors|injured]] were treated for hypothermia.
    Seoul said [[all 15|returned;n=-;p;a=Seoul]] would be sent home by sea once they had
    recovered. The coast guard sent [[five patrol ships|other]] and [[two helicopters|other]]
    to the scene.""",
)

item(
    "DMZ peace trail reopens to hikers",
    """The DMZ peace trail in Goseong reopened to the public on {{April 21}} after a closure of
    {{more than a year}}. Hikers aged {{20}} and over may book {{two-hour}} walks along a
    {{2.7 km}} stretch of the fence, with tickets at {{10,000 won}}. The tourism ministry hopes
    visits will recover to {{2019}} levels, when the trail ran at {{85%}} of its booking capacity.
    Guides said the lookout at {{Hill 351}} gave a clear view of the Kumgang mountains.""",
)

item(
    "Panmunjom summit remembered on its seventh anniversary",
    """On {{April 27, 2018}}, Moon Jae-in and Kim Jong Un met at Panmunjom and stepped
    together across the concrete line for {{about 10 seconds}}. The Panmunjom declaration was
    signed at {{17:40}}. Moon, now {{72}}, said at a ceremony marking the {{seventh}} anniversary
    that its promise had faded. A poll found {{47.3%}} of South Koreans still favoured
    reunification, down from {{63%}} in {{2018}}.""",
)

item(
    "North Korean soldiers killed in DMZ mine blasts, JCS says",
    """Several North Korean soldiers were killed and [[at least 10|injured;n=-;a=the
    JCS]] wounded when mines exploded as they worked on the border wall, the JCS said on
    Wednesday. [[Two more soldiers|killed]] died in a second blast a week later. The North has
    moved [[about 200 civilians|displaced;a=a South Korean think-tank]] out of [[three farming
    villages|displaced;u=other;n=villages;a=a South Korean think-tank]] near the line, a South Korean think-tank said, and
    torn down [[some 80 houses|housing;a=a South Korean think-tank]]. [[Dozens of guard dogs|other;u=other;a=the JCS]] have been
    brought to the area, according to the JCS. [[More than 2,000 troops|combatants;a=the
    military]] are working on the {{250 km}} barrier, the military said.""",
)

item(
    "South Korean activists' balloons: Seoul blocks launches near Ganghwa",
    """Police blocked [[about 20 activists|other;a=Gimpo police]] from launching balloons
    carrying leaflets and {{1-dollar}} bills from Ganghwa island on Friday, Gimpo police said,
    and seized [[50 balloons|other;u=other;a=Gimpo police]]. [[Four activists|arrested;a=Police]] were
    detained under the aviation safety act, Police said. The group had planned to send
    [[200,000 leaflets|other;p;u=other;a=The group]], The group said. [[Some 300 riot
    police|combatants]] were deployed to the site. [[About 60 residents|civilians]] protested
    against the launch, saying it put their homes at risk.""",
)
