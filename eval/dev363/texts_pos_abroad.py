"""dev363 positives: British forces and British nationals in wars and attacks abroad."""

POSITIVES = [
    (
        "RAF Typhoons join US strikes on Houthi targets in Yemen",
        "Four RAF Typhoon jets took part in overnight strikes on Houthi military targets in Yemen, "
        "the Ministry of Defence said, in the first direct British military action against the "
        "Iran-backed group. The aircraft, flying from RAF Akrotiri in Cyprus with the support of "
        "Voyager refuelling tankers, used Paveway IV guided bombs against a site at Bani that the "
        "MoD said had been used to launch drones, and an airfield at Abbs. Rishi Sunak said the "
        "action was “limited, necessary and proportionate” and came after repeated Houthi attacks "
        "on merchant ships in the Red Sea, including a barrage of drones and missiles aimed at the "
        "destroyer HMS Diamond last week. The defence secretary, Grant Shapps, said early "
        "indications were that the Houthis’ ability to threaten shipping had taken “a blow”. The "
        "Houthis said five of their fighters had been killed and vowed to retaliate. Labour said "
        "the government should make a statement to the Commons on Monday.",
        "E M",
        "airstrike",
    ),
    (
        "RAF jets bomb Syrian oilfield hours after MPs back airstrikes",
        "RAF Tornado jets carried out their first airstrikes in Syria within hours of the Commons "
        "voting to extend the campaign against Islamic State from Iraq, the Ministry of Defence "
        "said. Two Tornados took off from RAF Akrotiri in the early hours and hit six targets at the "
        "Omar oilfield in eastern Syria, which the MoD said was a major source of the group’s "
        "revenue. The defence secretary, Michael Fallon, said the strikes had dealt a “very real "
        "blow” to the group’s finances. MPs had voted by 397 to 223 in favour of military action "
        "after more than ten hours of debate, with 66 Labour MPs defying their leader, Jeremy "
        "Corbyn. Eight more aircraft are being sent to Cyprus to join the operation. Officials "
        "said there was no immediate evidence of civilian casualties. Protesters had gathered "
        "outside Parliament during the debate.",
        "E M",
        "airstrike",
    ),
    (
        "First RAF flights bring Britons out of Sudan as fighting rages in Khartoum",
        "The first RAF evacuation flights carrying British nationals out of Sudan have landed in "
        "Cyprus, as fighting between the army and the paramilitary Rapid Support Forces continued "
        "around Khartoum despite a fragile ceasefire. The Foreign Office said about 300 people had "
        "been flown from an airstrip at Wadi Saeedna, north of the capital, and that more flights "
        "would leave as long as conditions allowed. Families described sheltering for days in "
        "their homes as artillery and gunfire echoed through the city and food and water ran short. "
        "Around 4,000 British passport holders are thought to be in the country. Some made the "
        "dangerous drive to the airfield past checkpoints manned by armed fighters. The foreign "
        "secretary, James Cleverly, urged those who wished to leave to make their way there. "
        "British diplomats and their families had been taken out by special forces at the "
        "weekend. Sudan’s health ministry says more than 450 people have been killed since the "
        "fighting began.",
        "B D",
        "evacuation",
    ),
    (
        "British volunteer killed fighting for Ukraine near Bakhmut, family says",
        "A former British soldier who travelled to Ukraine to fight against the Russian invasion "
        "has been killed on the front line near Bakhmut, his family said. The 36-year-old, from "
        "Swindon, had joined a foreign volunteer unit of Ukraine’s armed forces last spring and "
        "was killed when his position came under attack by Russian infantry backed by artillery. "
        "His mother said he had gone because “he could not stand by and watch”. The Foreign, "
        "Commonwealth and Development Office said it was supporting the family of a British man "
        "who had died in Ukraine and was in contact with the Ukrainian authorities. British "
        "ministers have repeatedly advised against travel to the country and warned that those who "
        "fight could face prosecution on their return. Several other Britons have been killed "
        "serving with Ukrainian units since the war began. Fighting around Bakhmut has been among "
        "the fiercest of the war, with both sides suffering heavy losses.",
        "B",
        "battle",
    ),
    (
        "Three Britons among aid workers killed in Israeli strike on Gaza charity convoy",
        "Three British security contractors were among seven aid workers killed when their convoy "
        "was hit by Israeli air strikes in central Gaza, the charity World Central Kitchen said. "
        "The team had just unloaded more than 100 tonnes of food at a warehouse in Deir al-Balah "
        "and were travelling in three cars clearly marked with the charity’s logo along a route "
        "agreed with the Israeli military. The dead also included an Australian, a Polish "
        "national, a US-Canadian dual citizen and a Palestinian driver. Rishi Sunak said he was "
        "“shocked and saddened” and that he had told Benjamin Netanyahu the situation in Gaza was "
        "“increasingly intolerable”. Israel’s military chief said the strike was a “grave mistake” "
        "caused by misidentification. The charity paused its operations in the territory, where "
        "aid agencies say hundreds of thousands of people are on the brink of famine.",
        "E V H",
        "airstrike",
    ),
    (
        "Britons feared dead or taken hostage after Hamas assault on southern Israel",
        "The families of at least a dozen Britons are waiting for news of relatives who are "
        "missing after Hamas gunmen stormed communities in southern Israel, the Foreign Office "
        "said. Among them is a British-Israeli woman from Kibbutz Kfar Aza, whose mother said she "
        "had been dragged from her home, and a teenager who was at the Nova music festival when "
        "it was attacked. More than 1,000 people have been killed in Israel since Saturday, and "
        "militants are believed to have taken around 150 people back to Gaza as hostages. Israeli "
        "air strikes on Gaza have continued through the night. Rishi Sunak called the assault "
        "“an act of terror” and said Britain stood “unequivocally” with Israel. British Jewish "
        "groups held vigils in London and Manchester, and police increased patrols around "
        "synagogues and schools. The Foreign Office set up a hotline for worried families.",
        "T V",
        "terror_attack",
    ),
    (
        "Two Britons and child of British national among dead in Kabul airport bombing",
        "Two British nationals and the child of another British national were among those killed "
        "in the suicide bombing outside Kabul airport, Dominic Raab said on Friday. The attack at "
        "the Abbey Gate, where thousands of Afghans had been waiting to reach evacuation flights, "
        "killed at least 170 people including 13 US service members. Islamic State Khorasan "
        "claimed responsibility. British troops were operating close to the Baron Hotel, where "
        "people being processed for UK flights were housed, and Mr Raab said none had been "
        "injured. The last RAF flights carrying civilians are expected to leave within days, "
        "having taken more than 14,000 people out of Afghanistan in a fortnight. Defence "
        "officials admitted that many eligible Afghans who worked alongside British forces would "
        "be left behind. The prime minister said the evacuation would continue “until the last "
        "moment”.",
        "E T D",
        "suicide_bombing",
    ),
    (
        "Sousse beach massacre: Britons make up most of 38 tourists killed by gunman",
        "Thirty British tourists were among 38 people killed when a gunman opened fire on "
        "sunbathers on a beach in Sousse, Tunisia, the Foreign Office has confirmed. The attacker, "
        "a student who had hidden a Kalashnikov inside a parasol, walked along the beach in front "
        "of the Riu Imperial Marhaba hotel and then through the hotel grounds, shooting guests for "
        "about half an hour before he was shot dead by police. Islamic State said it was "
        "responsible. Families gathered at Birmingham and Manchester airports as the first flights "
        "carrying injured holidaymakers landed. The Metropolitan Police has sent counter-terrorism "
        "officers to Tunisia to help identify the dead. David Cameron said Britain faced an "
        "“existential threat” from Islamist extremism. Tour operators cancelled holidays to the "
        "country and brought home thousands of customers.",
        "T V",
        "massacre",
    ),
]
