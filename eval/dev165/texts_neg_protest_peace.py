"""dev165 hard negatives: protests with no violence reported (students, rallies, a kayak blockade, tractors, a strike) and peace (a ceasefire taking effect, accords, a settlement) (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "RFE/RL: Hundreds of thousands fill Belgrade in peaceful student-led protest",
        "This is Radio Free Europe/Radio Liberty. Hundreds of thousands of people "
        "have filled the centre of Belgrade in what independent monitors say was "
        "the largest protest in Serbia's modern history. The rally was organised by "
        "university students, who have led months of demonstrations since the "
        "collapse of a railway station canopy in Novi Sad killed fifteen people in "
        "November. Students walked and cycled for days from towns across the "
        "country to join it, and were greeted by residents handing out food and "
        "water along the way. At exactly eleven fifty-two, the time the canopy "
        "fell, the huge crowd stood in silence for fifteen minutes. The protesters "
        "are demanding that those responsible for the disaster be held to account "
        "and that the government publish all documents about the station's "
        "renovation. President Aleksandar Vucic has accused foreign intelligence "
        "services of backing the movement, but said the rally passed without "
        "serious incidents. Police said there were no arrests. Our correspondent in "
        "Belgrade says the students have asked people to go home quietly, and most "
        "of the crowd had dispersed by nightfall.",
        "protest",
    ),
    (
        'NPR News: "Hands Off" rallies draw crowds in all fifty states',
        "Live from NPR News, I'm Celia Marsh. Protesters rallied in hundreds of "
        "cities across the US today against the Trump administration's cuts to "
        "federal agencies and its tariffs. Organizers say more than twelve hundred "
        "events were planned, from small towns in Montana to a packed National "
        "Mall. NPR's Derek Haines was at the rally in Washington. Many in the crowd "
        "were retirees worried about Social Security, along with federal workers "
        "who have lost their jobs in recent weeks. They carried handmade signs, and "
        "some wore costumes. Speakers included several Democratic members of "
        "Congress. Police in Washington, New York and Chicago reported no arrests, "
        "and the rallies broke up peacefully by late afternoon. Derek Haines, NPR "
        "News, Washington. The White House said in a statement that the president's "
        "position is clear and that he will always protect Social Security for "
        "eligible beneficiaries. In sports, the Florida Gators are through to the "
        "men's NCAA basketball final.",
        "protest",
    ),
    (
        "ABC News: Police arrest over a hundred at Newcastle coal port kayak blockade",
        "This is ABC News. Police say they have arrested more than a hundred "
        "climate activists who stayed in the shipping channel of the Port of "
        "Newcastle after their permitted protest time ended. The group Rising Tide "
        "says thousands of people took part in its annual blockade of the world's "
        "biggest coal export port, paddling kayaks and canoes into the channel to "
        "stop ships passing. The protest had been approved by police for thirty "
        "hours, and most of the protesters left the water when it ended. Those who "
        "stayed were taken ashore by water police and charged with offences under "
        "the Marine Safety Act. Among them were a ninety-seven-year-old retired "
        "priest and several students. Rising Tide says it wants the federal "
        "government to stop approving new coal projects. The Port of Newcastle says "
        "ship movements will return to normal tomorrow. The New South Wales "
        "Minerals Council says coal still pays for hospitals and schools.",
        "protest",
    ),
    (
        "DW News: Tractors fill Berlin as farmers protest subsidy cuts",
        "This is DW News. Thousands of farmers have driven tractors into central "
        "Berlin, bringing traffic around the Brandenburg Gate to a standstill. They "
        "are protesting against the government's plans to scrap tax breaks on "
        "agricultural diesel and vehicles, which the coalition says are needed to "
        "fill a hole in the budget. Police say around eight thousand five hundred "
        "tractors and trucks took part, along with several thousand people on foot. "
        "The protest was peaceful, police said, though drivers sounded their horns "
        "for most of the morning. Finance Minister Christian Lindner tried to "
        'address the crowd and was loudly booed. "We cannot give you more money '
        "from the federal budget,\" he told them. The farmers' association says the "
        "protests will continue until the cuts are reversed. Truck drivers and some "
        "small business owners joined the rally in solidarity. Our correspondent "
        "says many people in the city support the farmers, despite the traffic. "
        "Train drivers are also planning a strike later this week.",
        "protest",
    ),
    (
        "The World at Six: Air Canada flight attendants defy back-to-work order",
        "This is The World at Six from CBC News. Air Canada's flight attendants are "
        "staying off the job, defying an order from the federal labour board to "
        "return to work. The union representing more than ten thousand cabin crew "
        "says its members will not go back until they are paid for the hours they "
        "spend on the ground, including boarding. Hundreds of flight attendants "
        "picketed at Toronto Pearson, Montreal-Trudeau and Vancouver airports, "
        "singing and waving union flags. The airline has cancelled all of its "
        "flights and those of Air Canada Rouge, stranding travellers across the "
        "country and overseas. Jobs Minister Patty Hajdu says the government had to "
        "step in to protect the economy. The union's president tore up the order in "
        "front of cameras and said he was willing to go to jail. Passengers stuck "
        "at airports told CBC News they understand the workers, but need to get "
        "home. Talks are expected to resume tomorrow with a mediator.",
        "protest",
    ),
    (
        "Al Jazeera: Ceasefire takes hold in Lebanon as displaced families head south",
        "A ceasefire between Israel and Hezbollah has taken effect in Lebanon, and "
        "so far it is holding. The truce began at four o'clock this morning, local "
        "time, after more than a year of cross-border fighting and two months of "
        "all-out war. Within hours, thousands of cars were heading south along the "
        "coastal highway, as people displaced by the fighting tried to return to "
        "their villages. Many drove with Hezbollah flags and pictures of the "
        "group's slain leader waving from the windows. The Lebanese army says it is "
        "sending more troops to the south, as the deal requires. The Israeli "
        "military has warned residents not to go back to some villages near the "
        'border until further notice. Our correspondent is in Tyre. "There is '
        'relief, but also fear of what people will find when they get home," she '
        'said. "Many of these houses have been flattened." Under the deal, '
        "Israeli troops have sixty days to withdraw from southern Lebanon. The US "
        "and France will chair a committee to monitor the agreement.",
        "peace",
    ),
    (
        "VOA News: Congo and Rwanda sign peace deal in Washington",
        "From Washington, this is VOA News. The foreign ministers of the Democratic "
        "Republic of Congo and Rwanda have signed a peace agreement at the State "
        "Department. The deal commits Rwanda to withdraw its troops from eastern "
        "Congo and both sides to stop supporting armed groups on each other's "
        "territory. It also sets up a joint security coordination mechanism within "
        "thirty days. Secretary of State Marco Rubio called it an important moment "
        "after thirty years of war. President Trump, meeting the ministers in the "
        "Oval Office, said the US would get a lot of mineral rights from Congo as "
        "part of the process. Congo's foreign minister, Therese Kayikwamba Wagner, "
        "said the deal would only succeed if it is respected on the ground. The M23 "
        "rebels, who control Goma and Bukavu, were not part of the talks. Separate "
        "negotiations with the group are being held in Qatar. VOA's Africa division "
        "spoke to residents in Goma, who say they want to see results before they "
        "celebrate.",
        "peace",
    ),
    (
        "RFE/RL: Armenia and Azerbaijan initial peace deal at the White House",
        "This is Radio Free Europe/Radio Liberty. The leaders of Armenia and "
        "Azerbaijan have initialled a peace agreement at the White House, pledging "
        "to end nearly four decades of conflict. Armenian Prime Minister Nikol "
        "Pashinian and Azerbaijani President Ilham Aliyev shook hands alongside "
        "President Donald Trump, who hosted the ceremony. The two countries also "
        "agreed to open a transit route through southern Armenia connecting "
        "Azerbaijan with its exclave of Nakhchivan. The United States will have "
        "development rights to the route, which will be called the Trump Route for "
        "International Peace and Prosperity. The treaty still has to be signed and "
        "ratified. Azerbaijan wants Armenia to change its constitution first to "
        "remove what Baku calls territorial claims. Our correspondent in Yerevan "
        'says the mood is cautious. "People here are tired," one man told him. '
        '"We want the border to be quiet, and we want to be able to trade." Iran '
        "and Russia, both neighbours, have expressed concern about the role of the "
        "United States.",
        "peace",
    ),
    (
        "BBC World Service: Ethiopian government and Tigray forces agree to stop fighting",
        "This is the BBC World Service. Ethiopia's government and the Tigray "
        "People's Liberation Front have agreed to a permanent cessation of "
        "hostilities, after peace talks in South Africa. The agreement, announced "
        "in Pretoria by the African Union, commits both sides to disarm Tigrayan "
        "forces and to restore federal authority in the region. It also calls for "
        "the restoration of basic services and unhindered access for humanitarian "
        "aid. The two-year war is believed to have killed hundreds of thousands of "
        "people. The AU's envoy, the former Nigerian president Olusegun Obasanjo, "
        "said the deal was the beginning of the peace process, not the end. There "
        "were no immediate reports of fighting today, though communications with "
        "Tigray remain largely cut. Our Horn of Africa correspondent says much will "
        "depend on whether Eritrea, whose troops fought alongside the Ethiopian "
        "army, withdraws. The United States and the European Union welcomed the "
        "announcement.",
        "peace",
    ),
    (
        "Pacific Beat: PNG and Bougainville leaders agree path to independence vote ratification",
        "This is Pacific Beat on ABC Radio Australia. The Papua New Guinea "
        "government and the Autonomous Bougainville Government have agreed on how "
        "to take the results of Bougainville's independence referendum to the "
        "national parliament. More than ninety-seven per cent of Bougainvilleans "
        "voted for independence in 2019, but the vote is not binding. Under the "
        "deal announced in Port Moresby, an independent moderator will help settle "
        "the remaining differences before the parliament votes. The Bougainville "
        "president, Ishmael Toroama, a former commander of the Bougainville "
        'Revolutionary Army, said his people had waited long enough. "We have '
        'shown the world we can walk the path of peace," he told reporters. Prime '
        "Minister James Marape says national unity and the rights of landowners "
        "must be protected. The 2001 Bougainville Peace Agreement ended a decade of "
        "civil war on the island. Our correspondent in Buka says people are hopeful "
        "but want a timetable.",
        "peace",
    ),
]
