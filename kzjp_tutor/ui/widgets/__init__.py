"""Small widgets the screens compose; none of them makes a grading or scheduling decision."""
