"""Negatives of eval/dev61: hartals, bandhs and strikes, health, other news (README.md)."""

NEGATIVES = [
    (
        "Hartal observed peacefully across the country",
        (
            "The dawn-to-dusk hartal called by the opposition alliance was observed peacefully "
            "across the country on Sunday, with shops closed and few vehicles on the roads in "
            "Dhaka, police said. Members of the Border Guard Bangladesh were deployed at key "
            "points in the capital, but no untoward incident was reported. Long-distance buses "
            "did not leave the capital's terminals. Schools remained open but attendance was "
            "thin, and offices in Motijheel saw fewer people than usual. In Chattogram, "
            "opposition activists held a brief procession in front of the party office at Nasimon "
            "Bhaban before dispersing, police said. Trains ran on schedule on all routes."
        ),
        "protest",
    ),
    (
        "Bharat Bandh: farmers block highways, no untoward incident",
        (
            "Farmers' unions blocked highways and railway tracks across Punjab and Haryana during "
            "the Bharat Bandh on Monday, but the shutdown passed off peacefully, police said. "
            "Markets remained shut in most towns. The unions said the bandh was a warning to the "
            "Centre to repeal the farm laws."
        ),
        "protest",
    ),
    (
        "ASUU strike enters sixth month as talks stall",
        (
            "The strike by the Academic Staff Union of Universities entered its sixth month on "
            "Monday as talks with the federal government stalled over salaries and funding. "
            "Students have been at home since February. The union's president said lecturers "
            "would not return to classrooms until the agreement was signed. Final-year students "
            "in several universities said they had lost job offers and scholarships because of "
            "the delay. The Minister of Labour said the government had offered a 23.5 per cent "
            "pay rise, which the union rejected as an insult."
        ),
        "protest",
    ),
    (
        "Doctors march to Afya House as strike enters second week",
        (
            "Hundreds of doctors marched peacefully from Kenyatta National Hospital to Afya House "
            "in Nairobi on Tuesday as their strike over the posting of interns entered its second "
            "week. The union's secretary-general said the doctors would stay out of hospitals "
            "until the government implemented their collective bargaining agreement. Patients "
            "were turned away from county hospitals."
        ),
        "protest",
    ),
    (
        "Teachers' sit-in outside Peshawar Press Club enters 10th day",
        (
            "The sit-in by contract teachers outside the Peshawar Press Club entered its tenth "
            "day on Saturday, with the protesters demanding regularisation of their services. The "
            "teachers, who have been sleeping under tents on the footpath, said they would march "
            "to the provincial assembly if their demands were not met."
        ),
        "protest",
    ),
    (
        "Human chain in Rangpur demands Teesta master plan",
        (
            "Thousands of people formed a human chain along the banks of the Teesta in Rangpur, "
            "Lalmonirhat and Kurigram on Sunday, demanding the implementation of the Teesta "
            "master plan. Farmers, students and political activists held banners and chanted "
            "slogans for an hour. The organisers said the river had turned into a sandbank in the "
            "dry season."
        ),
        "protest",
    ),
    (
        "Fishermen tie up boats in Negombo to protest fuel prices",
        (
            "Fishermen in Negombo tied up their boats and gathered at the lagoon on Thursday to "
            "protest against the increase in kerosene prices, saying they could no longer afford "
            "to go to sea. The protest ended after a district official received their petition."
        ),
        "protest",
    ),
    (
        "NLC strike: workers shut offices, airports in Lagos and Abuja",
        (
            "Workers affiliated with the Nigeria Labour Congress and the Trade Union Congress "
            "shut government offices, banks and airports on Monday as the indefinite strike over "
            "the new minimum wage began. Flights were grounded at the Lagos and Abuja airports as "
            "aviation unions joined the strike. The NLC president said the strike would continue "
            "until the government returned to the negotiating table."
        ),
        "protest",
    ),
    (
        "Ladakh climate activist ends 21-day hunger strike",
        (
            "A prominent Ladakh climate activist ended his 21-day hunger strike in Leh on "
            "Tuesday, demanding Sixth Schedule status and statehood for the region. Thousands of "
            "residents had joined him at the protest site in sub-zero temperatures. He said "
            "women's groups would continue the fast in relays."
        ),
        "protest",
    ),
    (
        "Tea workers strike for higher wages in Sylhet gardens",
        (
            "Tea workers in around 150 gardens in Sylhet and Moulvibazar stopped plucking leaves "
            "on Saturday, demanding their daily wage be raised to Tk 300. The workers blocked the "
            "Dhaka-Sylhet highway for two hours before police persuaded them to leave. The labour "
            "ministry called the union leaders for talks."
        ),
        "protest",
    ),
    (
        "Lawyers boycott courts in Lahore over new cases",
        (
            "Lawyers boycotted proceedings at the Lahore High Court and district courts on "
            "Wednesday in protest against the registration of cases against members of the bar. "
            "The Lahore Bar Association held a general house meeting and announced a further day "
            "of strike if the cases were not withdrawn."
        ),
        "protest",
    ),
    (
        "Nepal Bandh: shops shut in Terai towns",
        (
            "Shops and schools in towns of the Terai remained closed on Tuesday during a general "
            "strike called by Madhes-based parties, and vehicles stayed off the East-West "
            "Highway. The parties said the shutdown was a peaceful protest against the delay in "
            "constitutional amendments. No untoward incident was reported from any district."
        ),
        "protest",
    ),
    (
        "Polio campaign to vaccinate 44 million children begins",
        (
            "A nationwide anti-polio campaign to vaccinate over 44 million children under five "
            "began on Monday, the National Emergency Operations Centre said. Over 400,000 "
            "frontline workers will go door to door during the seven-day drive, while police have "
            "been deployed to provide security to the teams in sensitive districts. Health "
            "officials urged parents to cooperate. The Prime Minister's focal person on polio "
            "eradication said six cases of wild poliovirus had been reported this year, all of "
            "them from southern Khyber Pakhtunkhwa and Karachi. Environmental samples from 40 "
            "districts had tested positive, she said, making the campaign critical."
        ),
        "health",
    ),
    (
        "Dengue: Dhaka hospitals overwhelmed as deaths cross 1,000",
        (
            "Dengue deaths in Bangladesh crossed 1,000 for the first time on Sunday, the "
            "Directorate General of Health Services said. Hospitals in Dhaka were overwhelmed, "
            "with patients being treated on floors and in corridors. Experts blamed the failure "
            "of city corporations to destroy Aedes mosquito breeding grounds. The health "
            "directorate said more than 200,000 people had been admitted to hospital with dengue "
            "this year, with children making up a large share of the dead. Blood banks reported "
            "shortages of platelets."
        ),
        "health",
    ),
    (
        "Lassa fever: NCDC confirms 150 deaths this year",
        (
            "The Nigeria Centre for Disease Control and Prevention said on Monday that 150 people "
            "had died of Lassa fever this year across 26 states, with Ondo, Edo and Bauchi "
            "accounting for most cases. The agency urged Nigerians to keep food away from rodents "
            "and to report fever early."
        ),
        "health",
    ),
    (
        "Mpox vaccination begins in Kampala",
        (
            "Uganda began vaccinating high-risk groups against mpox in Kampala and Wakiso on "
            "Monday after receiving doses from international partners, the health ministry said. "
            "The ministry said more than 1,500 cases had been confirmed since the outbreak began."
        ),
        "health",
    ),
    (
        "Nipah: containment zones declared in Kozhikode",
        (
            "The Kerala government declared containment zones in seven panchayats of Kozhikode "
            "district on Wednesday after two deaths were confirmed to have been caused by the "
            "Nipah virus. Schools were closed and public gatherings banned in the zones. The "
            "Health Minister said 700 contacts had been identified."
        ),
        "health",
    ),
    (
        "Human-elephant conflict claims 170 lives in a year",
        (
            "Human-elephant conflict claimed the lives of 170 people and 450 elephants in Sri "
            "Lanka last year, the Department of Wildlife Conservation said. Most of the human "
            "deaths occurred in the North Central and Eastern provinces, where elephants raid "
            "paddy fields at night. Officials said electric fences were being extended."
        ),
        "other",
    ),
    (
        "Close encounter: tourists spot tigress with cubs in Ranthambore",
        (
            "Tourists on a morning safari in Ranthambore National Park had a close encounter with "
            "a tigress and her three cubs, which crossed the track in front of their gypsy in "
            "Zone 3. Forest officials said the tigress had been spotted with the cubs for the "
            "first time this season."
        ),
        "other",
    ),
    (
        "Eid rush: lakhs leave Dhaka for villages",
        (
            "Lakhs of people left Dhaka by bus, train and launch on Thursday to celebrate "
            "Eid-ul-Fitr with their families, officials said. Terminals at Gabtoli, Sayedabad and "
            "Sadarghat were packed, and long tailbacks built up on the Dhaka-Tangail highway."
        ),
        "other",
    ),
]
